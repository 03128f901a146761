using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Docs;

/// <summary>
/// docs/diagnostics.md documents every code of the catalog, and its examples are run: each bad
/// example must report its section's code and print exactly what the page shows, each fixed
/// example must check (or, with templates, generate) clean and generate the outputs the page shows.
/// A change of behaviour or wording that the page does not follow fails here.
/// </summary>
public class DiagnosticsDocTests
{
    private static readonly Lazy<string> Markdown = new(() => File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "diagnostics.md")));

    private static readonly Lazy<IReadOnlyList<DocSection>> Sections = new(() => DiagnosticsDoc.Parse(Markdown.Value));

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            data.Add(descriptor.Code);
        }

        return data;
    }

    [Fact]
    public void Every_code_has_an_anchor_right_before_its_heading()
    {
        var missing = DiagnosticCatalog.All
            .Where(d => Section(d.Code) is not { } s || s.AnchorLine != $"<a id=\"{d.Code.ToLowerInvariant()}\"></a>")
            .Select(d => d.Code)
            .ToList();

        Assert.True(missing.Count == 0, "Codes without '<a id=\"pmxxxx\"></a>' on the line before '## PMxxxx: Title': " + string.Join(", ", missing));
    }

    [Fact]
    public void Headings_name_catalogued_codes_once_each_in_catalog_order()
    {
        var headings = DiagnosticsDoc.HeadingCodes(Markdown.Value).ToList();

        var unknown = headings.Where(code => DiagnosticCatalog.Find(code) is null).ToList();
        Assert.True(unknown.Count == 0, "Headings name codes the catalog does not have: " + string.Join(", ", unknown));
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), headings);
    }

    [Fact]
    public void Help_links_are_absolute_urls_of_the_published_page_that_land_on_an_anchor()
    {
        var anchors = DiagnosticsDoc.Anchors(Markdown.Value);
        var page = new Uri(DiagnosticDescriptor.DocsPage);
        Assert.Equal("https", page.Scheme);
        Assert.EndsWith("/docs/diagnostics.md", page.AbsolutePath, StringComparison.Ordinal);

        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.True(Uri.TryCreate(descriptor.HelpLink, UriKind.Absolute, out var link), $"{descriptor.Code}: '{descriptor.HelpLink}' is not an absolute URL.");
            Assert.Equal(page.GetLeftPart(UriPartial.Path), link.GetLeftPart(UriPartial.Path));
            var fragment = link.Fragment.TrimStart('#');
            Assert.Equal(descriptor.Code.ToLowerInvariant(), fragment);
            Assert.Contains(fragment, anchors);
        }
    }

    [Fact]
    public void Help_links_point_into_the_project_address_the_packages_publish()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.RepoRoot, "Directory.Build.props"));
        var projectUrl = props.Descendants("PackageProjectUrl").Single().Value.TrimEnd('/');

        Assert.Equal(DiagnosticDescriptor.DocsPage, $"{projectUrl}/blob/main/docs/diagnostics.md");
    }

    [Fact]
    public void In_page_links_land_on_an_anchor()
    {
        var anchors = DiagnosticsDoc.Anchors(Markdown.Value);

        var broken = DiagnosticsDoc.InPageLinks(Markdown.Value).Where(id => !anchors.Contains(id)).Distinct().ToList();

        Assert.True(broken.Count == 0, "Links to no anchor: " + string.Join(", ", broken));
    }

    [Fact]
    public void Links_from_the_spec_reference_land_on_an_anchor()
    {
        var spec = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "spec.md"));
        var diagnosticsAnchors = DiagnosticsDoc.Anchors(Markdown.Value);
        var specAnchors = DiagnosticsDoc.Anchors(spec);

        var broken = System.Text.RegularExpressions.Regex.Matches(spec, @"\]\((?<file>diagnostics\.md)?#(?<id>[^)]+)\)")
            .Where(m => !(m.Groups["file"].Success ? diagnosticsAnchors : specAnchors).Contains(m.Groups["id"].Value))
            .Select(m => m.Value)
            .Distinct()
            .ToList();

        Assert.True(broken.Count == 0, "docs/spec.md links to no anchor: " + string.Join(", ", broken));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Section_states_the_catalog_title_severity_and_fix(string code)
    {
        var descriptor = DiagnosticCatalog.Find(code)!;
        var section = RequireSection(code);

        Assert.Equal(descriptor.Title, section.Title);
        Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning", section.Severity);
        Assert.Contains($"**How to fix:** {descriptor.Help}", section.Lines);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Section_has_one_bad_and_one_fixed_example(string code)
    {
        var section = RequireSection(code);

        Assert.Equal(1, section.MarkerCount("**Bad**"));
        Assert.Equal(1, section.MarkerCount("**Fixed**"));
        Assert.True(section.Bad is { IsInput: true },
            $"{code}: the block after **Bad** must be the bad example: a ```toml spec, or a file (```scriban file=templates/NAME.sbn, ```text file=PATH) or ```text folder=PATH.");
        Assert.True(section.Fixed is { IsExample: true },
            $"{code}: the block after **Fixed** must be the fixed example: a spec, a file, a folder or an output (```text output=PATH).");
        Assert.True(section.Printed is not null, $"{code}: a ```text block after the bad example shows what the tool prints.");
        Assert.Empty(section.BadExample.Outputs);
        Assert.True(section.HasSpec(section.BadExample) && section.HasSpec(section.FixedExample),
            $"{code}: each example needs a spec: a ```toml block of its own, or a shared ```toml file=ports.toml before **Bad**.");
        Assert.True(section.StrayExampleBlocks.Count == 0,
            $"{code}: blocks at lines {string.Join(", ", section.StrayExampleBlocks.Select(b => b.Line))} belong to no example; "
            + "shared files go before **Bad**, the bad example's blocks between **Bad** and the printed lines, the fixed example's after **Fixed**.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Bad_example_reports_the_code_and_prints_what_the_doc_shows(string code)
    {
        var section = RequireSection(code);
        var bad = section.BadExample;
        if (!section.IsChecked(bad))
        {
            return; // an -illustration block: the section says why files cannot show it
        }

        var run = DocExampleRunner.Run(section, bad);

        Assert.True(run.Diagnostics.Any(d => d.Code == code),
            $"The bad example of {code} (docs/diagnostics.md line {bad.Line}) does not report {code}; it prints:\n{string.Join("\n", run.Printed)}");
        Assert.True(run.Printed.SequenceEqual(section.Printed!.TextLines),
            $"The bad example of {code} (docs/diagnostics.md line {bad.Line}) prints:\n{string.Join("\n", run.Printed)}\n"
            + $"but the page (line {section.Printed!.Line}) shows:\n{string.Join("\n", section.Printed!.TextLines)}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixed_example_checks_clean(string code)
    {
        var section = RequireSection(code);
        var fixedExample = section.FixedExample;
        if (!section.IsChecked(fixedExample))
        {
            return;
        }

        var run = DocExampleRunner.Run(section, fixedExample);

        Assert.True(run.IsClean,
            $"The fixed example of {code} (docs/diagnostics.md line {fixedExample.Line}) is not clean:\n{string.Join("\n", run.Printed)}");
        foreach (var output in fixedExample.Outputs)
        {
            var generated = run.Outputs[output.Output!];
            Assert.True(generated == output.Text,
                $"The fixed example of {code} generates {output.Output} as:\n{generated ?? "(nothing)"}\nbut the page (line {output.Line}) shows:\n{output.Text}");
        }
    }

    [Fact]
    public void Every_example_that_is_not_run_says_so_in_its_section()
    {
        var unexplained = Sections.Value
            .Where(s => (!s.IsChecked(s.BadExample) || !s.IsChecked(s.FixedExample))
                        && !s.Lines.Any(line => !line.StartsWith("```", StringComparison.Ordinal) && line.Contains("illustrat", StringComparison.OrdinalIgnoreCase)))
            .Select(s => s.Code)
            .ToList();

        Assert.True(unexplained.Count == 0, "Sections with an -illustration example that do not say why it is illustrative: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Message_shown_for_a_missing_spec_is_the_real_one()
    {
        var run = DocExampleRunner.Run(specPath => SpecCheck.Run(specPath));

        Assert.Contains(Assert.Single(run.Printed), RequireSection("PM1006").Lines);
    }

    [Fact]
    public void Message_shown_for_an_oversized_spec_is_the_real_one()
    {
        var run = DocExampleRunner.Run(specPath =>
        {
            using (var stream = File.Create(specPath))
            {
                stream.SetLength(40L * 1024 * 1024); // sparse where the file system allows it
            }

            return SpecCheck.Run(specPath);
        });

        Assert.Contains(Assert.Single(run.Printed), RequireSection("PM1007").Lines);
    }

    [Fact]
    public void Example_in_the_introduction_is_the_real_PM1201_message()
    {
        var printed = RequireSection("PM1201").Printed!.TextLines;
        var introduction = Markdown.Value[..Markdown.Value.IndexOf("<a id=\"pm1001\">", StringComparison.Ordinal)];

        Assert.Contains(Assert.Single(printed), introduction.Split('\n'));
    }

    private static DocSection? Section(string code) => Sections.Value.FirstOrDefault(s => s.Code == code);

    private static DocSection RequireSection(string code)
        => Section(code) ?? throw new Xunit.Sdk.XunitException($"docs/diagnostics.md has no section '## {code}: ...'.");
}
