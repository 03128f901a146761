using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Reads another project's Compose files (in <c>-f</c> order) and env files into a spec whose ports
/// take part in the collision checks. Never throws for bad input: problems are diagnostics in the file at fault.
/// </summary>
internal static class ComposeProjectLoader
{
    /// <param name="composeFiles">The project's Compose files, in the order <c>docker compose -f</c> takes them.</param>
    /// <param name="envFiles">The env files that exist (by default the <c>.env</c> beside the first Compose file); a later one wins.</param>
    /// <param name="defaultEnvFile">Where a variable could be set, for messages, when no env file exists.</param>
    /// <param name="environment">The process environment; it wins over the env files, as it does for Compose.</param>
    /// <param name="requireServices">A plain include must turn out to be a Compose file: one of its documents has a top-level services key.</param>
    /// <param name="readFile">Reads a file that <c>extends.file</c> names (a full path), reporting why it cannot; from disk by default.</param>
    /// <returns>The spec, or null when an error makes the project's ports unknown.</returns>
    public static PortSpec? Load(
        IReadOnlyList<SourceText> composeFiles,
        IReadOnlyList<SourceText> envFiles,
        string defaultEnvFile,
        Func<string, string?> environment,
        DiagnosticBag diagnostics,
        bool requireServices = false,
        Func<string, SourceLocation, SourceText?>? readFile = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var dotEnvs = envFiles.Select(file => ReadEnvFile(file, environment, diagnostics)).ToList();
        var variables = new ComposeVariables(environment, dotEnvs, envFiles.Count > 0 ? envFiles[^1].Path : defaultEnvFile);
        if (ReadProject(composeFiles, variables, diagnostics, readFile) is not { } project || diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        if (requireServices && !project.HasServices)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeStructure, SourceLocation.StartOf(composeFiles[0].Path),
                $"'{composeFiles[0].Path}' has no top-level services mapping, so it is not a Compose file; includes name another project's ports.toml or Compose file.");
            return null;
        }

        var sourceFiles = composeFiles.Concat(envFiles).Select(f => f.Path).Concat(project.ExtendedFiles).ToList();
        return ComposeSpecBuilder.Build(composeFiles[0].Path, sourceFiles, project.Name, project.Services, diagnostics);
    }

    /// <summary>
    /// The one reading of a Compose project, for includes and imports alike: each file's documents
    /// read with <paramref name="variables"/>, extends applied file by file, then the files merged in order.
    /// </summary>
    /// <returns>The project, or null when an error makes its services unknown.</returns>
    internal static ComposeProject? ReadProject(
        IReadOnlyList<SourceText> composeFiles,
        ComposeVariables variables,
        DiagnosticBag diagnostics,
        Func<string, SourceLocation, SourceText?>? readFile = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        readFile ??= (path, from) => SourceText.FromFile(path, from, diagnostics, "Compose file");
        var extends = new ComposeExtendsResolver(variables, readFile, diagnostics);
        var documents = composeFiles
            .SelectMany(file => ComposeFileReader.ReadAll(file, variables, diagnostics).Select(document => extends.Apply(document, file.Path)))
            .ToList();
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var (name, services) = ComposeMerge.Merge(documents);
        return new ComposeProject(name, services, documents.Any(d => d.HasServices), extends.FilesRead);
    }

    private static DotEnvFile ReadEnvFile(SourceText file, Func<string, string?> environment, DiagnosticBag diagnostics)
    {
        var dotEnv = DotEnvFile.Parse(file.Text, environment);
        foreach (var error in dotEnv.Errors)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeInterpolation, At(file.Path, error.At), $"The env file cannot be read as Compose reads it: {error.Text}.");
        }

        foreach (var unset in dotEnv.Unset)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeVariableUnset, At(file.Path, unset.At),
                $"Variable '{PrintableText.Of(unset.Text)}' is not set, so Compose substitutes an empty string for it in this env file; set it in the environment or above this line, or give it a default: ${{{PrintableText.Of(unset.Text)}:-value}}.");
        }

        return dotEnv;
    }

    private static SourceLocation At(string file, TextPosition position)
        => new(file, position.Line, position.Column, position.Line, position.Column + 1);
}
