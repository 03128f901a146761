using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Import;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen import</c>: a ports.toml from an existing Compose project and its Kubernetes Services.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "The Compose files, in the order 'docker compose -f' takes them.", Arity = ArgumentArity.OneOrMore };
        var k8s = new Option<string[]>("--k8s") { Description = "Kubernetes manifests whose Services (kind: Service) name the containers' Services and ports.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the spec.", DefaultValueFactory = _ => "ports.toml" };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var groups = new Option<string>("--groups") { Description = "Infer groups: 'service' (one per service) or 'blocks' (runs of consecutive host ports). None by default." };
        groups.AcceptOnlyFromAmong("service", "blocks");
        var split = new Option<bool>("--split") { Description = "Also write each Compose file without its ports (NAME.base.yml beside it) and set outputs = \"ports-only\"." };
        var inPlace = new Option<bool>("--in-place") { Description = "With --split: remove the ports from the Compose files themselves." };
        var command = new Command("import", "Write a ports.toml from an existing Compose project (and its Kubernetes Services), then check it. Never overwrites without --force.")
        {
            files, k8s, output, force, groups, split, inPlace,
        };
        command.SetAction(result => Run(context, new ImportRequest(
            [.. result.GetValue(files)!.Select(Full)],
            [.. (result.GetValue(k8s) ?? []).Select(Full)],
            Full(result.GetValue(output)!),
            result.GetValue(groups) switch { "service" => GroupInference.Service, "blocks" => GroupInference.Blocks, _ => GroupInference.None },
            result.GetValue(split),
            result.GetValue(inPlace)), result.GetValue(force)));
        return command;

        string Full(string path) => Path.GetFullPath(Path.Combine(context.WorkingDirectory, path));
    }

    private static int Run(CommandContext context, ImportRequest request, bool force)
    {
        if (request.InPlace && !request.Split)
        {
            context.Console.Error.WriteLine("phantom-gen: --in-place only applies with --split.");
            return ExitCodes.UsageOrIo;
        }

        var missing = request.ComposeFiles.Concat(request.KubernetesManifests).Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            context.Console.Error.WriteLine($"phantom-gen: {string.Join(", ", missing.Select(context.Display))} does not exist.");
            return ExitCodes.UsageOrIo;
        }

        var diagnostics = new DiagnosticBag();
        var plan = SpecImport.Plan(request, diagnostics);
        DiagnosticPrinter.Print(context, diagnostics.Items, DiagnosticFormat.Text);
        if (plan is null)
        {
            return ExitCodes.Failure;
        }

        var existing = plan.Files.Select(f => f.Path).Where(p => File.Exists(p) && !(request.InPlace && request.ComposeFiles.Contains(p))).ToList();
        if (existing.Count > 0 && !force)
        {
            context.Console.Error.WriteLine($"phantom-gen: {string.Join(", ", existing.Select(context.Display))} already exist{(existing.Count == 1 ? "s" : string.Empty)}; nothing was written. Pass --force to overwrite.");
            return ExitCodes.Failure;
        }

        try
        {
            foreach (var (path, text) in plan.Files)
            {
                File.WriteAllText(path, text);
                context.Console.Out.WriteLine($"wrote {context.Display(path)}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Console.Error.WriteLine($"phantom-gen: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        foreach (var note in plan.NotCarried)
        {
            context.Console.Error.WriteLine($"phantom-gen: not carried over: {note}");
        }

        var check = SpecCheck.Run(request.SpecPath);
        if (check.Diagnostics.Count > 0)
        {
            context.Console.Out.WriteLine("The imported spec's check (problems that were already in the Compose files):");
            DiagnosticPrinter.Print(context, check.Diagnostics, DiagnosticFormat.Text);
        }

        Summary.Write(context, request.SpecPath, check);
        return ExitCodes.Success;
    }
}
