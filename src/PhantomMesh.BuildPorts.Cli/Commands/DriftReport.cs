using DiffPlex.Renderer;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>For <c>generate --check</c>: a unified diff of every generated file that differs from the one on disk.</summary>
internal static class DriftReport
{
    /// <summary>Returns true when something drifted.</summary>
    public static bool Write(CommandContext context, string outputFolder, IReadOnlyList<RenderedFile> files, WritePlan plan)
    {
        var output = context.Console.Out;
        var byPath = files.ToDictionary(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal);
        foreach (var path in plan.Created.Concat(plan.Updated).Order(StringComparer.Ordinal))
        {
            var onDisk = Path.Combine(outputFolder, path);
            var old = File.Exists(onDisk) ? File.ReadAllText(onDisk) : string.Empty;
            var generated = byPath.TryGetValue(path, out var file) ? file.Content : string.Empty;
            var diff = UnidiffRenderer.GenerateUnidiff(old, generated, $"a/{path}", $"b/{path}", ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
            output.Write(diff.EndsWith('\n') ? diff : diff + "\n");
        }

        foreach (var path in plan.Deleted)
        {
            output.WriteLine($"--- a/{path}");
            output.WriteLine("+++ /dev/null");
            output.WriteLine("(no longer generated: would be deleted)");
        }

        var drifted = plan.HasChanges;
        var summary = drifted
            ? $"{context.Display(outputFolder)}: {plan.Created.Count + plan.Updated.Count + plan.Deleted.Count} files differ from ports.toml and the templates; run 'phantom-gen generate' and commit the result."
            : $"{context.Display(outputFolder)}: every generated file is up to date.";
        (drifted ? context.Console.Error : output).WriteLine(summary);
        return drifted;
    }
}
