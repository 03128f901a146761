using PhantomMesh.BuildPorts.Loading.Compose;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>Variable substitution as Compose does it, from the environment and the .env file beside the Compose file.</summary>
public sealed class ComposeInterpolationTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["PORT"] = "8080",
        ["EMPTY"] = string.Empty,
        ["HOST"] = "127.0.0.1",
    };

    [Theory]
    [InlineData("$PORT:80", "8080:80")]
    [InlineData("${PORT}:80", "8080:80")]
    [InlineData("${PORT:-1}:80", "8080:80")]
    [InlineData("${UNSET:-9090}:80", "9090:80")]
    [InlineData("${EMPTY:-9090}:80", "9090:80")]
    [InlineData("${UNSET-9090}:80", "9090:80")]
    [InlineData("${EMPTY-9090}:80", ":80")]
    [InlineData("${PORT:?needed}:80", "8080:80")]
    [InlineData("${EMPTY?needed}:80", ":80")]
    [InlineData("${PORT:+7070}:80", "7070:80")]
    [InlineData("${EMPTY:+7070}:80", ":80")]
    [InlineData("${EMPTY+7070}:80", "7070:80")]
    [InlineData("${UNSET+7070}:80", ":80")]
    [InlineData("${UNSET:-${HOST}:${PORT}}:80", "127.0.0.1:8080:80")]
    [InlineData("${UNSET:-${ALSO_UNSET:-6060}}:80", "6060:80")]
    [InlineData("$$PORT", "$PORT")]
    [InlineData("a$$$$b", "a$$b")]
    [InlineData("$HOST_$PORT", "8080")]
    [InlineData("${HOST}_${PORT}", "127.0.0.1_8080")]
    [InlineData("${port}", "")]
    [InlineData("no variables", "no variables")]
    public void Substitutes_as_Compose_does(string text, string expected)
    {
        var result = ComposeInterpolation.Interpolate(text, Variables.GetValueOrDefault);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${UNSET}:80", "UNSET", 0)]
    [InlineData("80:$UNSET", "UNSET", 3)]
    [InlineData("${PORT:-${UNSET}}:80", null, 0)]
    [InlineData("${UNSET:-${ALSO}}:80", "ALSO", 9)]
    [InlineData("${UNSET-}:80", null, 0)]
    [InlineData("${UNSET:+x}:80", null, 0)]
    public void An_unset_variable_without_a_default_is_named_with_its_place(string text, string? name, int index)
    {
        var result = ComposeInterpolation.Interpolate(text, Variables.GetValueOrDefault);

        Assert.Null(result.Error);
        if (name is null)
        {
            Assert.Empty(result.Unset);
        }
        else
        {
            Assert.Equal(new UnsetVariable(name, index), Assert.Single(result.Unset));
        }
    }

    [Theory]
    [InlineData("$", 0)]
    [InlineData("80:$", 3)]
    [InlineData("$5", 0)]
    [InlineData("${", 0)]
    [InlineData("${}", 0)]
    [InlineData("${PORT", 0)]
    [InlineData("x${1A}", 1)]
    [InlineData("${A B}", 0)]
    [InlineData("${A:x}", 0)]
    [InlineData("${UNSET:?you must set UNSET}", 0)]
    [InlineData("${EMPTY:?}", 0)]
    [InlineData("${UNSET?}", 0)]
    [InlineData("${UNSET:-$}", 9)]
    public void Text_Compose_refuses_is_an_error_at_its_dollar(string text, int index)
    {
        var result = ComposeInterpolation.Interpolate(text, Variables.GetValueOrDefault);

        Assert.NotNull(result.Error);
        Assert.Null(result.Value);
        Assert.Equal(index, result.ErrorIndex);
    }

    [Fact]
    public void The_message_of_a_required_variable_is_in_the_error()
    {
        var result = ComposeInterpolation.Interpolate("${DB_PORT:?set DB_PORT in .env}", Variables.GetValueOrDefault);

        Assert.Equal("required variable DB_PORT is not set: set DB_PORT in .env", result.Error);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("${A:-", 100_000)) + "x" + new string('}', 100_000);

        var result = ComposeInterpolation.Interpolate(text, _ => null);

        Assert.Contains("nested", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ports_take_values_from_the_environment()
    {
        var (spec, diagnostics) = ComposeFixture.Load(
            ComposeFixture.WithPorts("- \"${WEB_HOST}:${WEB_PORT}:80\"\n- target: 53\n  published: ${DNS_PORT}\n  protocol: ${DNS_PROTOCOL}"),
            new Dictionary<string, string> { ["WEB_HOST"] = "127.0.0.1", ["WEB_PORT"] = "24580", ["DNS_PORT"] = "24553", ["DNS_PROTOCOL"] = "udp" });

        Assert.Empty(diagnostics);
        Assert.Equal(["127.0.0.1:24580->80/tcp@4", "*:24553->53/udp@6"], ComposeFixture.Claims(spec));
    }

    [Fact]
    public void Ports_take_values_from_the_env_file_and_the_environment_wins_over_it()
    {
        var (spec, diagnostics) = ComposeFixture.Load(
            ComposeFixture.WithPorts("- \"${WEB_PORT}:80\"\n- \"${API_PORT}:8080\""),
            new Dictionary<string, string> { ["API_PORT"] = "24581" },
            "# ports of the shop\nWEB_PORT=24580\nAPI_PORT=1111\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["*:24580->80/tcp@4", "*:24581->8080/tcp@5"], ComposeFixture.Claims(spec));
    }

    [Fact]
    public void An_unset_variable_is_a_warning_naming_it_where_it_is_used()
    {
        var (spec, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts("- \"127.0.0.1:${ADMIN_PORT}:9000\""));

        var warning = Assert.Single(diagnostics);
        Assert.Equal("PM2010@4:20", ComposeFixture.Brief(warning));
        Assert.False(warning.IsError);
        Assert.Equal(
            "Variable 'ADMIN_PORT' is not set, so Compose reads the ports entry \"127.0.0.1:${ADMIN_PORT}:9000\" of service 'web' as \"127.0.0.1::9000\"; "
            + "set it in the environment or in /srv/shop/.env, or give it a default: ${ADMIN_PORT:-value}.",
            warning.Message);
        Assert.Empty(ComposeFixture.Claims(spec));
    }

    [Fact]
    public void An_unset_host_port_is_a_warning_and_the_port_Compose_then_rejects_an_error()
    {
        var (spec, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts("- \"${HTTP_PORT}:8000\""));

        Assert.Equal(["PM2010@4:10", "PM1106@4:9"], diagnostics.Select(ComposeFixture.Brief));
        Assert.Contains("\":8000\" once variables are substituted", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Null(spec);
    }

    [Fact]
    public void A_required_variable_that_is_unset_is_an_error_with_its_message()
    {
        var (_, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts("- \"${DB_PORT:?set DB_PORT in .env}:5432\""));

        var error = Assert.Single(diagnostics);
        Assert.Equal("PM1015@4:10", ComposeFixture.Brief(error));
        Assert.Contains("required variable DB_PORT is not set: set DB_PORT in .env", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_mode_and_the_project_name_are_substituted_too()
    {
        var (spec, diagnostics) = ComposeFixture.Load("name: ${PROJECT:-shop}\nservices:\n  web:\n    network_mode: ${MODE:-host}\n    ports: [\"24580:80\"]\n");

        Assert.Equal("shop", spec!.Project.Name.Value);
        Assert.Equal("PM2011@4:19", ComposeFixture.Brief(Assert.Single(diagnostics)));
    }
}
