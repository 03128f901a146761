using System.Text;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Loading;

/// <summary>Whatever the bytes, the core answers with diagnostics, never an exception.</summary>
public class MalformedInputTests
{
    private static SpecCheckResult CheckBytes(byte[] bytes)
    {
        using var temp = new TempSpec();
        var path = Path.Combine(temp.Folder, "ports.toml");
        File.WriteAllBytes(path, bytes);
        return SpecCheck.Run(path);
    }

    [Fact]
    public void Empty_file_reports_the_missing_project_table()
    {
        var result = TempSpec.Check(string.Empty);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1004", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Missing_file_reports_PM1006()
    {
        var result = SpecCheck.Run(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "ports.toml"));

        Assert.Null(result.Specs);
        Assert.Equal("PM1006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Every_truncation_of_the_repo_spec_ends_in_diagnostics_or_a_valid_spec()
    {
        var text = File.ReadAllText(RepoPaths.PortsToml);
        for (var length = 0; length < text.Length; length += 37)
        {
            var result = TempSpec.Check(text[..length]);
            Assert.True(result.Specs is not null || result.ErrorCount > 0, $"Truncated at {length}: no spec and no error.");
        }
    }

    [Fact]
    public void Truncation_inside_a_string_is_a_syntax_error_on_that_line()
    {
        var result = TempSpec.Check("[project]\nname = \"Phantom");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "PM1001");
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void Invalid_utf8_reports_PM1006_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("[project]\nname = \"x\"\nnetwork = \"");
        var result = CheckBytes([.. bytes, 0xC3, 0x28, (byte)'"', (byte)'\n']);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1006", diagnostic.Code);
        Assert.Equal((3, 12), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_the_file_is_accepted()
    {
        var result = CheckBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[project]\nname = \"x\"\n")]);

        Assert.NotNull(result.Specs);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_second_byte_order_mark_is_a_syntax_error_at_the_start_saying_how_to_fix_it()
    {
        var result = CheckBytes([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("[project]\nname = \"x\"\n")]);

        Assert.Null(result.Specs);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1001", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("byte-order mark", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Delete the extra mark", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_binary_input_gives_errors_not_exceptions(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var result = CheckBytes(bytes);

        Assert.True(result.ErrorCount > 0);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
    }

    [Fact]
    public void Nul_bytes_in_valid_utf8_are_a_syntax_error()
    {
        var result = CheckBytes(Encoding.UTF8.GetBytes("[project]\nname = \"a\0b\"\n"));

        Assert.Contains(result.Diagnostics, d => d.Code == "PM1001" && d.Location.Line == 2);
    }

    [Fact]
    public void Five_megabytes_of_garbage_gives_a_bounded_list_of_syntax_errors()
    {
        var garbage = string.Concat(Enumerable.Repeat("this is = = not [toml\n", 5 * 1024 * 1024 / 22));

        var result = TempSpec.Check(garbage);

        Assert.InRange(result.Diagnostics.Count, 1, PhantomMesh.BuildPorts.Loading.Toml.TomlDocumentParser.MaxSyntaxErrors + 1);
        Assert.All(result.Diagnostics, d => Assert.Equal("PM1001", d.Code));
    }

    [Fact]
    public void Five_megabyte_valid_spec_loads_and_validates()
    {
        var spec = new StringBuilder("[project]\nname = \"big\"\n");
        var port = 1024;
        for (var c = 0; spec.Length < 5 * 1024 * 1024; c++)
        {
            spec.Append("[containers.c").Append(c).Append("]\nimage = \"busybox:1.36\"\n");
            for (var p = 0; p < 10; p++, port++)
            {
                spec.Append("[containers.c").Append(c).Append(".ports.p").Append(p).Append("]\nhost_port = ").Append(10000 + (port % 20000))
                    .Append("\npurpose = \"padding padding padding padding padding padding\"\n");
            }
        }

        var result = TempSpec.Check(spec.ToString());

        Assert.NotNull(result.Specs);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PM10", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "PM1201"); // port numbers wrap around after 20,000
    }

    [Fact]
    public void Ten_thousand_nested_arrays_report_the_nesting_limit()
    {
        var result = TempSpec.Check("a = " + new string('[', 10_000) + new string(']', 10_000));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1007", diagnostic.Code);
        Assert.Equal((1, 5 + 63), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Nesting_is_located_past_strings_and_comments_that_hold_brackets()
    {
        var result = TempSpec.Check("# [[[[\nx = \"[[[[\"\na = " + new string('[', 100) + new string(']', 100));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 5 + 63), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        var result = TempSpec.Check("[project]\nname = \"x\"\n");
        var nested = TempSpec.Check("a = " + new string('[', 62) + new string(']', 62));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(nested.Diagnostics, d => d.Code == "PM1007");
    }

    [Fact]
    public void Ten_thousand_nested_inline_tables_report_the_nesting_limit()
    {
        var result = TempSpec.Check("a = " + string.Concat(Enumerable.Repeat("{b=", 10_000)) + "1" + new string('}', 10_000));

        Assert.Equal("PM1007", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Ten_thousand_brackets_around_a_header_give_syntax_errors()
    {
        var result = TempSpec.Check(new string('[', 10_000) + "project" + new string(']', 10_000));

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("PM1001", d.Code));
    }

    [Theory]
    [InlineData(PhantomMesh.BuildPorts.Loading.SpecFileReader.MaxSpecBytes + 1)]
    [InlineData(50L * 1024 * 1024)]
    public void A_spec_over_the_size_limit_is_refused_before_parsing(long size)
    {
        using var temp = new TempSpec();
        var path = Path.Combine(temp.Folder, "ports.toml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(size);
        }

        var result = SpecCheck.Run(path);

        Assert.Equal("PM1007", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("[project]\nname = 1\n", "PM1002")]
    [InlineData("project = \"x\"\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[containers]\napp = 3\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[[containers]]\nname = \"app\"\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\nports = [1, 2]\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\n[containers.app.ports.a]\nhost_port = 24510.5\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\n[containers.app.ports.a]\nhost_port = 1979-05-27\n", "PM1002")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\n[containers.app.ports.a]\nhost_port = -1\n", "PM1101")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\n[containers.app.ports.a]\nhost_port = 9223372036854775807\n", "PM1101")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\ndockerfile = \"D\"\n", "PM1009")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nservice = \"app\"\n", "PM1004")]
    [InlineData("[project]\nname = \"x\"\nhost_range = \"1-70000\"\n", "PM1101")]
    [InlineData("[project]\nname = \"x\"\nhost_range = \"abc\"\n", "PM1105")]
    [InlineData("[project]\nname = \"x\"\n[project]\nname = \"y\"\n", "PM1005")]
    [InlineData("[project]\nname = \" \"\n", "PM1009")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"\"\n", "PM1009")]
    [InlineData("includes = [\"\"]\n[project]\nname = \"x\"\n", "PM1009")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\nhealth_port = \"helth\"\n[containers.app.ports.health]\nhost_port = 24510\n", "PM1010")]
    [InlineData("[project]\nname = \"x\"\n[containers.app]\nimage = \"x\"\nhealth_port = \"health\"\n[containers.app.ports.health]\nhost_port = 24510\n", "PM1009")]
    public void Wrong_shapes_get_their_code(string spec, string code)
    {
        var result = TempSpec.Check(spec);

        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }
}
