using System.Text;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Docs;

/// <summary>A fenced code block: its info string (<c>toml file=../billing/ports.toml</c>), its text and the line of its first text line.</summary>
public sealed record DocBlock(string Info, string Text, int Line)
{
    /// <summary>The first word of the info string: <c>toml</c>, <c>toml-illustration</c>, <c>text</c>.</summary>
    public string Language => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    /// <summary>The <c>key=value</c> words after the language.</summary>
    public IReadOnlyDictionary<string, string> Attributes => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Skip(1)
        .Select(word => word.Split('=', 2))
        .Where(pair => pair.Length == 2)
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    /// <summary>A <c>toml</c> block is run by the tests; a <c>toml-illustration</c> block shows what a spec's text cannot.</summary>
    public bool IsChecked => Language == "toml";

    public bool IsExample => Language is "toml" or "toml-illustration";

    /// <summary>The block's lines, without the empty string after the last newline.</summary>
    public IReadOnlyList<string> TextLines => Text.Length == 0 ? [] : Text.TrimEnd('\n').Split('\n');
}

/// <summary>
/// One <c>## PMxxxx: Title</c> section of docs/diagnostics.md. The layout the tests rely on, in order:
/// any number of <c>toml file=PATH</c> blocks (specs of neighbouring projects that the examples
/// include, PATH relative to the example's ports.toml); the line <c>**Bad**</c> and then the first
/// code block (the failing spec); a <c>text</c> block (the lines the tool prints for it); the line
/// <c>**Fixed**</c> and then the first code block (the corrected spec).
/// </summary>
public sealed record DocSection(string Code, string Title, int Line, string? AnchorLine, IReadOnlyList<string> Lines, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<(string Marker, int Line)> Markers)
{
    public override string ToString() => Code;

    /// <summary>The word after <c>**Severity:**</c>: <c>error</c> or <c>warning</c>.</summary>
    public string? Severity => Lines
        .Select(line => Regex.Match(line, @"^\*\*Severity:\*\* (\w+)"))
        .FirstOrDefault(match => match.Success)?.Groups[1].Value;

    /// <summary>Specs of other projects that the examples include.</summary>
    public IReadOnlyList<DocBlock> NeighbourFiles => [.. Blocks.Where(block => block.Attributes.ContainsKey("file"))];

    public DocBlock? Bad => FirstBlockAfter("**Bad**");

    public DocBlock? Fixed => FirstBlockAfter("**Fixed**");

    /// <summary>The first <c>text</c> block after the bad example and before <c>**Fixed**</c>.</summary>
    public DocBlock? Printed
    {
        get
        {
            var fixedLine = MarkerLine("**Fixed**") ?? int.MaxValue;
            return Bad is { } bad
                ? Blocks.FirstOrDefault(b => b.Line > bad.Line && b.Line < fixedLine && b.Language == "text")
                : null;
        }
    }

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

/// <summary>What checking one doc example printed, in the form the doc shows it.</summary>
public sealed record DocExampleResult(SpecCheckResult Result, IReadOnlyList<string> Printed);

/// <summary>
/// Runs a doc example as the tool would: the spec is <c>phantom-mesh/ports.toml</c> in a fresh
/// temporary folder, beside the neighbour files its section declares. The printed lines name files
/// relative to the spec's folder, and show absolute paths in messages as if the temporary folder were
/// <see cref="ShownRoot"/>: <c>ports.toml(3,13): error ...</c>, <c>'/srv/billing/ports.toml'</c>.
/// </summary>
public static class DocExampleRunner
{
    public const string ShownRoot = "/srv";
    public const string ProjectFolder = "phantom-mesh";

    /// <summary>Checks an example block: as text, or, with an <c>encoding=NAME</c> attribute, as a file saved in that encoding.</summary>
    public static DocExampleResult Run(DocSection section, DocBlock example)
        => Run(section, specPath =>
        {
            if (!example.Attributes.TryGetValue("encoding", out var encodingName))
            {
                return SpecCheck.RunText(example.Text, specPath);
            }

            // Only the bytes on disk can show a spec saved in another encoding.
            File.WriteAllBytes(specPath, Encoding.GetEncoding(encodingName).GetBytes(example.Text));
            return SpecCheck.Run(specPath);
        });

    /// <summary>Runs <paramref name="check"/> on the path of the example's ports.toml, which does not exist yet.</summary>
    public static DocExampleResult Run(DocSection? section, Func<string, SpecCheckResult> check)
    {
        var root = Path.Combine(Path.GetTempPath(), "pm-docs-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, ProjectFolder);
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var neighbour in section?.NeighbourFiles ?? [])
            {
                var path = Path.GetFullPath(Path.Combine(folder, neighbour.Attributes["file"]));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, neighbour.Text);
            }

            var result = check(Path.Combine(folder, "ports.toml"));
            return new DocExampleResult(result, [.. result.Diagnostics.Select(d => Print(d, folder, root))]);
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
