using System.CommandLine;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen init</c>: a commented starter ports.toml, its JSON Schema, and optionally the built-in templates.</summary>
internal static class InitCommand
{
    public static Command Create(CommandContext context)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var withTemplates = new Option<bool>("--with-templates") { Description = "Also copy the built-in templates into templates/ to customise them." };
        var command = new Command("init", "Write a commented starter ports.toml (and ports.schema.json for editors) into the current folder. Never overwrites without --force.")
        {
            force, withTemplates,
        };
        command.SetAction(result => Run(context, result.GetValue(force), result.GetValue(withTemplates)));
        return command;
    }

    private static int Run(CommandContext context, bool force, bool withTemplates)
    {
        var files = new List<(string Path, string Content)>
        {
            ("ports.toml", Resource("PhantomMesh.BuildPorts.Cli.Starter.ports.toml")),
            ("ports.schema.json", Resource("PhantomMesh.BuildPorts.Cli.ports.schema.json")),
        };
        if (withTemplates)
        {
            files.AddRange(TemplateSetLoader.BuiltIns().Select(t => (Path.Combine("templates", t.Name), t.Text)));
        }

        var existing = files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(context.WorkingDirectory, p))).ToList();
        if (existing.Count > 0 && !force)
        {
            context.Console.Error.WriteLine($"phantom-gen: {string.Join(", ", existing)} already exist{(existing.Count == 1 ? "s" : string.Empty)}; nothing was written. Pass --force to overwrite.");
            return ExitCodes.Failure;
        }

        try
        {
            foreach (var (path, content) in files)
            {
                var full = Path.Combine(context.WorkingDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content);
                context.Console.Out.WriteLine($"wrote {path}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Console.Error.WriteLine($"phantom-gen: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        context.Console.Out.WriteLine("Next: edit ports.toml, then run 'phantom-gen check' and 'phantom-gen generate'.");
        return ExitCodes.Success;
    }

    private static string Resource(string name)
        => EmbeddedText.Read(name) ?? throw new InvalidOperationException($"The tool was built without its resource {name}.");
}
