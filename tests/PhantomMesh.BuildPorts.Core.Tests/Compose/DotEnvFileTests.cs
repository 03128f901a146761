using PhantomMesh.BuildPorts.Loading.Compose;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>The .env file as Compose reads it.</summary>
public sealed class DotEnvFileTests
{
    private static DotEnvFile Parse(string text, Dictionary<string, string>? environment = null)
        => DotEnvFile.Parse(text, name => environment?.GetValueOrDefault(name));

    [Theory]
    [InlineData("PORT=8080", "8080")]
    [InlineData("PORT = 8080", "8080")]
    [InlineData("export PORT=8080", "8080")]
    [InlineData("PORT: 8080", "8080")]
    [InlineData("PORT=8080 # the web port", "8080")]
    [InlineData("PORT=80#80", "80#80")]
    [InlineData("PORT='80$80 # x'", "80$80 # x")]
    [InlineData("PORT=\"8080\"", "8080")]
    [InlineData("PORT=\"a\\nb\"", "a\nb")]
    [InlineData("PORT=\"\\$HOME\"", "$HOME")]
    [InlineData("PORT=\"multi\nline\"", "multi\nline")]
    [InlineData("PORT=", "")]
    [InlineData("  PORT=8080  ", "8080")]
    [InlineData("PORT=8080\r\n", "8080")]
    [InlineData("BASE=80\nPORT=${BASE}80", "8080")]
    [InlineData("PORT=${UNSET:-9090}", "9090")]
    [InlineData("PORT=1\nPORT=2", "2")]
    public void Reads_a_value(string text, string expected)
    {
        var file = Parse(text);

        Assert.Empty(file.Errors);
        Assert.Equal(expected, file.Values["PORT"]);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_a_bare_name_takes_the_environment()
    {
        var file = Parse("# comment\n\n   # indented comment\nINHERITED\nMISSING\n", new() { ["INHERITED"] = "from env" });

        Assert.Empty(file.Errors);
        Assert.Equal("from env", file.Values["INHERITED"]);
        Assert.False(file.Values.ContainsKey("MISSING"));
    }

    [Fact]
    public void Substitution_in_a_value_prefers_the_environment()
    {
        var file = Parse("BASE=1\nPORT=${BASE}0", new() { ["BASE"] = "2" });

        Assert.Equal("20", file.Values["PORT"]);
    }

    [Theory]
    [InlineData("PORT=\"8080", 1, 6)]
    [InlineData("OK=1\nBAD KEY=1", 2, 5)]
    [InlineData("=8080", 1, 1)]
    [InlineData("A=1\nB-C=2", 2, 2)]
    [InlineData("PORT=$", 1, 6)]
    public void A_line_Compose_cannot_read_is_an_error_at_its_position(string text, int line, int column)
    {
        var error = Assert.Single(Parse(text).Errors);

        Assert.Equal(new TextPosition(line, column), error.At);
    }

    [Fact]
    public void An_unset_variable_in_a_value_is_reported_at_its_position()
    {
        var unset = Assert.Single(Parse("A=1\nPORT=${NOPE}").Unset);

        Assert.Equal(new DotEnvProblem(new TextPosition(2, 6), "NOPE"), unset);
    }

    [Fact]
    public void Env_file_errors_and_unset_variables_are_diagnostics_in_the_env_file()
    {
        var (_, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts("- \"${PORT}:80\""), null, "PORT=${BASE}80\nBAD LINE\n");

        Assert.Equal(
            [$"PM1015@2:5 {ComposeFixture.EnvFile}", $"PM2010@1:6 {ComposeFixture.EnvFile}"],
            diagnostics.Select(d => $"{ComposeFixture.Brief(d)} {d.Location.File}").OrderBy(s => s, StringComparer.Ordinal));
    }
}
