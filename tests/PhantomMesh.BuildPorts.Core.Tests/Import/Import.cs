using PhantomMesh.BuildPorts.Import;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>An import that may fail: the plan, or null with the workspace's diagnostics saying why.</summary>
internal static class Import
{
    public static ImportPlan? SpecImportPlan(ImportWorkspace workspace)
        => SpecImport.Plan(new ImportRequest(workspace.ComposeFiles, [], workspace.SpecPath), workspace.Diagnostics);
}
