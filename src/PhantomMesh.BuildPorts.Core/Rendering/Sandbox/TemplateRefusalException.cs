namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>Thrown by a function the sandbox offers in place of one a template may not use; Scriban reports it at the call.</summary>
internal sealed class TemplateRefusalException(string message) : Exception(message);
