using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>For <c>generate --check</c>: a unified diff of every generated file that differs from the one on disk.</summary>
internal static class DriftReport
{
    /// <summary>Returns true when something drifted.</summary>
    public static bool Write(CommandContext context, string specPath, string outputFolder, IReadOnlyList<GeneratedFile> files, WritePlan plan)
    {
        var output = context.Console.Out;
        var byPath = files.ToDictionary(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal);
        foreach (var path in plan.Created.Concat(plan.Updated).Order(StringComparer.Ordinal))
        {
            var onDisk = Path.Combine(outputFolder, path);
            var exists = File.Exists(onDisk);
            var old = exists ? File.ReadAllText(onDisk) : string.Empty;
            var generated = byPath.TryGetValue(path, out var file) ? file.Content : string.Empty;
            output.Write(UnifiedDiff.Render(old, generated, exists ? $"a/{path}" : "/dev/null", $"b/{path}"));
        }

        foreach (var path in plan.Deleted.Order(StringComparer.Ordinal))
        {
            var onDisk = Path.Combine(outputFolder, path);
            var old = File.Exists(onDisk) ? File.ReadAllText(onDisk) : string.Empty;
            var diff = UnifiedDiff.Render(old, string.Empty, $"a/{path}", "/dev/null");
            output.Write(diff.Length > 0 ? diff : $"--- a/{path}\n+++ /dev/null\n");
        }

        var drifted = plan.HasChanges;
        var count = plan.Created.Count + plan.Updated.Count + plan.Deleted.Count;
        var summary = drifted
            ? $"{context.Display(outputFolder)}: {Summary.Plural(count, "file")} {(count == 1 ? "differs" : "differ")} from {Path.GetFileName(specPath)} and the templates; run 'phantom-gen generate' and commit the result."
            : $"{context.Display(outputFolder)}: every generated file is up to date.";
        (drifted ? context.Console.Error : output).WriteLine(summary);
        return drifted;
    }
}
