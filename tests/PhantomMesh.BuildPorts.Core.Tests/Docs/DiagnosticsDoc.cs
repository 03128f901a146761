using System.Text;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Docs;

/// <summary>
/// A fenced code block: its info string (<c>toml file=../billing/ports.toml</c>), its text and the line of its first text line.
/// The words after the language say what the block is to an example:
/// <list type="bullet">
/// <item><c>file=PATH</c>: a file the example puts on disk, PATH relative to the example's ports.toml
/// (<c>../billing/ports.toml</c>, <c>templates/ports.txt.sbn</c>, <c>artifacts/deploy/Dockerfile.node</c>);</item>
/// <item><c>folder=PATH</c>: a folder the example creates; the block's text only shows it to the reader;</item>
/// <item><c>output=PATH</c>: a file the example must generate, with exactly this text;</item>
/// <item><c>encoding=NAME</c>: with a spec or <c>file=</c>, the file is saved in that encoding instead of UTF-8;</item>
/// <item><c>environment=NAME</c>: with a spec, the example is checked in that environment only.</item>
/// </list>
/// </summary>
public sealed record DocBlock(string Info, string Text, int Line)
{
    /// <summary>The first word of the info string: <c>toml</c>, <c>toml-illustration</c>, <c>scriban</c>, <c>text</c>.</summary>
    public string Language => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    /// <summary>The <c>key=value</c> words after the language.</summary>
    public IReadOnlyDictionary<string, string> Attributes => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Skip(1)
        .Select(word => word.Split('=', 2))
        .Where(pair => pair.Length == 2)
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    public string? File => Attributes.GetValueOrDefault("file");

    public string? Folder => Attributes.GetValueOrDefault("folder");

    public string? Output => Attributes.GetValueOrDefault("output");

    /// <summary><c>environment=NAME</c> on a spec: the example is checked in that environment (<c>phantom-gen check -e NAME</c>).</summary>
    public string? Environment => Attributes.GetValueOrDefault("environment");

    /// <summary>
    /// <c>toml-illustration</c>, <c>scriban-illustration</c>: shows what an example's files cannot reproduce
    /// (a full disk, say); the section says why, and the tests do not run the example.
    /// </summary>
    public bool IsIllustration => Language.EndsWith("-illustration", StringComparison.Ordinal);

    /// <summary>A template: a <c>scriban</c> block. An example with a template is generated, not only checked.</summary>
    public bool IsTemplate => Language is "scriban" or "scriban-illustration";

    /// <summary>The example's ports.toml: a <c>toml</c> block that is not a named file.</summary>
    public bool IsSpec => Language is "toml" or "toml-illustration" && File is null && Folder is null && Output is null;

    /// <summary>Something the example puts on disk before it runs.</summary>
    public bool IsInput => IsSpec || File is not null || Folder is not null;

    /// <summary>A block that belongs to an example: an input, or an output it must generate.</summary>
    public bool IsExample => IsInput || Output is not null;

    /// <summary>The block's lines, without the empty string after the last newline.</summary>
    public IReadOnlyList<string> TextLines => Text.Length == 0 ? [] : Text.TrimEnd('\n').Split('\n');
}

/// <summary>The blocks of a bad or a fixed example, in the order the page shows them.</summary>
public sealed record DocExample(IReadOnlyList<DocBlock> Blocks)
{
    public int Line => Blocks.Count == 0 ? 0 : Blocks[0].Line;

    public DocBlock? Spec => Blocks.FirstOrDefault(b => b.IsSpec);

    /// <summary>Files and folders the example puts on disk besides its spec.</summary>
    public IReadOnlyList<DocBlock> Files => [.. Blocks.Where(b => b.File is not null || b.Folder is not null)];

    /// <summary>Files the example must generate, with their text.</summary>
    public IReadOnlyList<DocBlock> Outputs => [.. Blocks.Where(b => b.Output is not null)];
}

/// <summary>
/// One <c>## PMxxxx: Title</c> section of docs/diagnostics.md. The layout the tests rely on, in order:
/// <list type="number">
/// <item>any number of shared files: <c>file=PATH</c> (or <c>folder=PATH</c>) blocks that both examples put on
/// disk: specs of neighbouring projects the examples include, or, for template codes, the spec
/// (<c>toml file=ports.toml</c>) and the templates the two examples share;</item>
/// <item>the line <c>**Bad**</c>, then the bad example's blocks: its spec (a <c>toml</c> block without
/// <c>file=</c>) and any files of its own (a <c>file=</c> block there replaces a shared one of the same path);</item>
/// <item>a <c>text</c> block without attributes: the lines the tool prints for the bad example;</item>
/// <item>the line <c>**Fixed**</c>, then the fixed example's blocks, the same way, and any <c>output=PATH</c>
/// blocks: files it must generate.</item>
/// </list>
/// </summary>
public sealed record DocSection(string Code, string Title, int Line, string? AnchorLine, IReadOnlyList<string> Lines, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<(string Marker, int Line)> Markers)
{
    public override string ToString() => Code;

    /// <summary>The word after <c>**Severity:**</c>: <c>error</c> or <c>warning</c>.</summary>
    public string? Severity => Lines
        .Select(line => Regex.Match(line, @"^\*\*Severity:\*\* (\w+)"))
        .FirstOrDefault(match => match.Success)?.Groups[1].Value;

    /// <summary>Files both examples put on disk: the <c>file=</c> and <c>folder=</c> blocks before <c>**Bad**</c>.</summary>
    public IReadOnlyList<DocBlock> SharedFiles => [.. Blocks.Where(b => b.Line < (MarkerLine("**Bad**") ?? int.MaxValue) && (b.File is not null || b.Folder is not null))];

    /// <summary>The first block after <c>**Bad**</c>: what the page shows as wrong.</summary>
    public DocBlock? Bad => FirstBlockAfter("**Bad**");

    /// <summary>The first block after <c>**Fixed**</c>.</summary>
    public DocBlock? Fixed => FirstBlockAfter("**Fixed**");

    /// <summary>The first <c>text</c> block without attributes after <c>**Bad**</c> and before <c>**Fixed**</c>.</summary>
    public DocBlock? Printed
    {
        get
        {
            var badLine = MarkerLine("**Bad**") ?? int.MaxValue;
            var fixedLine = MarkerLine("**Fixed**") ?? int.MaxValue;
            return Blocks.FirstOrDefault(b => b.Line > badLine && b.Line < fixedLine && b.Language == "text" && b.Attributes.Count == 0);
        }
    }

    /// <summary>The example blocks from <c>**Bad**</c> to the printed lines.</summary>
    public DocExample BadExample
    {
        get
        {
            var from = MarkerLine("**Bad**") ?? int.MaxValue;
            var to = Printed?.Line ?? MarkerLine("**Fixed**") ?? int.MaxValue;
            return new DocExample([.. Blocks.Where(b => b.Line > from && b.Line < to && b.IsExample)]);
        }
    }

    /// <summary>The example blocks from <c>**Fixed**</c> to the end of the section.</summary>
    public DocExample FixedExample
    {
        get
        {
            var from = MarkerLine("**Fixed**") ?? int.MaxValue;
            return new DocExample([.. Blocks.Where(b => b.Line > from && b.IsExample)]);
        }
    }

    /// <summary>Example blocks that belong to neither example nor the shared files, which no test would run.</summary>
    public IReadOnlyList<DocBlock> StrayExampleBlocks
    {
        get
        {
            var bad = MarkerLine("**Bad**") ?? int.MaxValue;
            var printed = Printed?.Line ?? int.MaxValue;
            var fixedLine = MarkerLine("**Fixed**") ?? int.MaxValue;
            return [.. Blocks.Where(b => b.IsExample && (b.Line < bad ? b.IsSpec || b.Output is not null : b.Line > printed && b.Line < fixedLine))];
        }
    }

    /// <summary>An example is run unless one of its blocks, or a shared file, is an illustration.</summary>
    public bool IsChecked(DocExample example) => !SharedFiles.Concat(example.Blocks).Any(b => b.IsIllustration);

    /// <summary>An example with a template (its own or a shared one) is generated; one without is only checked.</summary>
    public bool IsGenerated(DocExample example) => SharedFiles.Concat(example.Blocks).Any(b => b.IsTemplate);

    /// <summary>Whether the example has a ports.toml: a spec block of its own, or a <c>file=ports.toml</c> block.</summary>
    public bool HasSpec(DocExample example)
        => example.Spec is not null || SharedFiles.Concat(example.Files).Any(b => b.File == DocExampleRunner.SpecFileName);

    public int MarkerCount(string marker) => Markers.Count(m => m.Marker == marker);

    private int? MarkerLine(string marker) => Markers.Where(m => m.Marker == marker).Select(m => (int?)m.Line).FirstOrDefault();

    private DocBlock? FirstBlockAfter(string marker)
        => MarkerLine(marker) is { } line ? Blocks.FirstOrDefault(b => b.Line > line) : null;
}

/// <summary>Reads docs/diagnostics.md into its code sections: no Markdown library, only the layout the file keeps.</summary>
public static partial class DiagnosticsDoc
{
    public static IReadOnlyList<DocSection> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sections = new List<DocSection>();
        (string Code, string Title, int Line, string? Anchor)? open = null;
        var sectionLines = new List<string>();
        var blocks = new List<DocBlock>();
        var markers = new List<(string, int)>();

        void Close()
        {
            if (open is { } s)
            {
                sections.Add(new DocSection(s.Code, s.Title, s.Line, s.Anchor, [.. sectionLines], [.. blocks], [.. markers]));
            }

            open = null;
            sectionLines.Clear();
            blocks.Clear();
            markers.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < lines.Length && lines[end].TrimEnd() != "```")
                {
                    end++;
                }

                var body = lines[(i + 1)..Math.Min(end, lines.Length)];
                blocks.Add(new DocBlock(line[3..].Trim(), body.Length == 0 ? string.Empty : string.Join("\n", body) + "\n", i + 2));
                sectionLines.AddRange(lines[i..Math.Min(end + 1, lines.Length)]);
                i = end;
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                if (CodeHeading().Match(line) is { Success: true } heading)
                {
                    var anchor = i > 0 && lines[i - 1].StartsWith("<a ", StringComparison.Ordinal) ? lines[i - 1].TrimEnd() : null;
                    open = (heading.Groups["code"].Value, heading.Groups["title"].Value, i + 1, anchor);
                }

                continue;
            }

            sectionLines.Add(line);
            if (line.Trim() is "**Bad**" or "**Fixed**")
            {
                markers.Add((line.Trim(), i + 1));
            }
        }

        Close();
        return sections;
    }

    /// <summary>The code of every <c>## </c> heading that starts with something shaped like a code (letters and digits), catalogued or not.</summary>
    public static IEnumerable<string> HeadingCodes(string markdown)
        => markdown.Split('\n')
            .Select(line => HeadingCode().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["code"].Value);

    /// <summary>The targets a reader can jump to: explicit <c>&lt;a id&gt;</c> anchors and GitHub's slugs of the headings.</summary>
    public static ISet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in markdown.Split('\n'))
        {
            if (ExplicitAnchor().Match(line) is { Success: true } explicitAnchor)
            {
                anchors.Add(explicitAnchor.Groups["id"].Value);
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var text = heading.Groups["text"].Value.Trim().ToLowerInvariant();
                anchors.Add(new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')]).Replace(' ', '-'));
            }
        }

        return anchors;
    }

    /// <summary>Every in-page link target: the <c>x</c> of <c>](#x)</c>.</summary>
    public static IEnumerable<string> InPageLinks(string markdown)
        => InPageLink().Matches(markdown).Select(match => match.Groups["id"].Value);

    [GeneratedRegex(@"^## (?<code>PM\d{4}): (?<title>.+?)\s*$")]
    private static partial Regex CodeHeading();

    [GeneratedRegex(@"^##\s+(?<code>[A-Za-z]+\d+)\b")]
    private static partial Regex HeadingCode();

    [GeneratedRegex(@"^<a id=""(?<id>[^""]+)""></a>\s*$")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\]\(#(?<id>[^)]+)\)")]
    private static partial Regex InPageLink();
}

/// <summary>
/// What running one doc example printed, in the form the doc shows it, and the text of the files the example
/// declares as outputs (null for one that was not generated).
/// </summary>
public sealed record DocExampleResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    SpecSet? Specs,
    IReadOnlyList<string> Printed,
    IReadOnlyDictionary<string, string?> Outputs)
{
    public bool IsClean => Specs is not null && Printed.Count == 0;
}

/// <summary>
/// Runs a doc example as the tool would: the spec is <c>phantom-mesh/ports.toml</c> in a fresh temporary folder,
/// beside the files its section declares. An example without templates is checked (<see cref="SpecCheck"/>); one
/// with templates is generated (<see cref="Generator"/>) with the tool's default folders, <c>templates/</c> and
/// <c>artifacts/deploy/</c> beside the spec, and without the built-in templates. The printed lines name files relative
/// to the spec's folder, and show absolute paths in messages as if the temporary folder were <see cref="ShownRoot"/>:
/// <c>ports.toml(3,13): error ...</c>, <c>templates/ports.txt.sbn(2,7): error ...</c>, <c>'/srv/billing/ports.toml'</c>.
/// </summary>
public static class DocExampleRunner
{
    public const string ShownRoot = "/srv";
    public const string ProjectFolder = "phantom-mesh";
    public const string SpecFileName = "ports.toml";
    public const string TemplatesFolder = "templates";
    public const string OutputFolder = "artifacts/deploy";

    public static DocExampleResult Run(DocSection section, DocExample example)
    {
        var generate = section.IsGenerated(example);
        return Run(
            folder =>
            {
                foreach (var file in section.SharedFiles.Concat(example.Files))
                {
                    Write(folder, file.File ?? file.Folder!, file);
                }

                if (example.Spec is { } spec)
                {
                    Write(folder, SpecFileName, spec);
                }
            },
            specPath => generate ? Generate(specPath) : Check(specPath, example.Spec?.Environment),
            example.Outputs.Select(o => o.Output!).ToList());
    }

    /// <summary>Runs <paramref name="check"/> on the path of the example's ports.toml, which does not exist yet.</summary>
    public static DocExampleResult Run(Func<string, SpecCheckResult> check)
        => Run(
            _ => { },
            specPath =>
            {
                var result = check(specPath);
                return (result.Diagnostics, result.Specs);
            },
            []);

    private static DocExampleResult Run(
        Action<string> prepare,
        Func<string, (IReadOnlyList<Diagnostic> Diagnostics, SpecSet? Specs)> run,
        IReadOnlyList<string> outputs)
    {
        var root = Path.Combine(Path.GetTempPath(), "pm-docs-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, ProjectFolder);
        Directory.CreateDirectory(folder);
        try
        {
            prepare(folder);
            var (diagnostics, specs) = run(Path.Combine(folder, SpecFileName));
            var outputTexts = outputs.ToDictionary(
                output => output,
                output => PathIn(folder, output) is var path && File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null,
                StringComparer.Ordinal);
            return new DocExampleResult(diagnostics, specs, [.. diagnostics.Select(d => Print(d, folder, root))], outputTexts);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder must not fail a test.
            }
        }
    }

    /// <summary>As <c>phantom-gen check</c>: the base and every environment, or the one the spec block names.</summary>
    private static (IReadOnlyList<Diagnostic>, SpecSet?) Check(string specPath, string? environment)
    {
        var result = environment is null ? SpecCheck.RunAll(specPath) : SpecCheck.Run(specPath, environment: environment);
        return (result.Diagnostics, result.Specs);
    }

    private static (IReadOnlyList<Diagnostic>, SpecSet?) Generate(string specPath)
    {
        var folder = Path.GetDirectoryName(specPath)!;
        var result = Generator.Run(new GenerationOptions
        {
            SpecPath = specPath,
            TemplatesFolder = PathIn(folder, TemplatesFolder),
            OutputFolder = PathIn(folder, OutputFolder),
            IncludeBuiltInTemplates = false,
        });
        return (result.Diagnostics, result.Specs);
    }

    /// <summary>Puts a block on disk: a folder, or a file with the block's text, as UTF-8 or in the block's <c>encoding=</c>.</summary>
    private static void Write(string folder, string relativePath, DocBlock block)
    {
        var path = PathIn(folder, relativePath);
        if (block.Folder is not null)
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Only the bytes on disk can show a file saved in another encoding.
        var encoding = block.Attributes.TryGetValue("encoding", out var name) ? Encoding.GetEncoding(name) : new UTF8Encoding(false);
        File.WriteAllBytes(path, encoding.GetBytes(block.Text));
    }

    private static string PathIn(string folder, string relativePath) => Path.GetFullPath(Path.Combine(folder, relativePath));

    private static string Print(Diagnostic diagnostic, string folder, string root)
    {
        var file = Path.GetRelativePath(folder, diagnostic.Location.File).Replace(Path.DirectorySeparatorChar, '/');
        var message = diagnostic.Message.Replace(root, ShownRoot, StringComparison.Ordinal);
        if (Path.DirectorySeparatorChar != '/')
        {
            message = message.Replace(Path.DirectorySeparatorChar, '/');
        }

        var severity = diagnostic.IsError ? "error" : "warning";
        return $"{file}({diagnostic.Location.Line},{diagnostic.Location.Column}): {severity} {diagnostic.Code}: {message}";
    }
}
