using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>A key of a table, where the key was written, and its value.</summary>
internal sealed record TomlEntry(string Key, SourceLocation KeyLocation, TomlNode Value)
{
    /// <summary>The key as a spec name, with where it was written.</summary>
    public Spec.Located<string> Name => new(Key, KeyLocation);
}
