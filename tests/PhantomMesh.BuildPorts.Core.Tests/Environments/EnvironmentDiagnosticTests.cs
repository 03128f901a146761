using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Tests.Support;
using static PhantomMesh.BuildPorts.Tests.Environments.EnvironmentSpecs;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>Every rule runs for every environment; an environment's own problems are reported at the override and name it.</summary>
public class EnvironmentDiagnosticTests
{
    /// <summary>prod moves web.admin onto db.sql's host port: a collision only prod has.</summary>
    private static readonly MarkedText ProdOnlyCollision = MarkedText.Parse(Base + """
        [environments.dev]
        host_ip = "127.0.0.1"

        [environments.prod.containers.web.ports.admin]
        ⟪host_port = 24512
        """);

    [Fact]
    public void A_collision_only_an_environment_has_is_reported_at_its_override_and_names_it()
    {
        var result = Check(ProdOnlyCollision.Text, "prod");

        var collision = Assert.Single(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Equal((ProdOnlyCollision.Line, ProdOnlyCollision.Column), (collision.Location.Line, collision.Location.Column));
        Assert.StartsWith("In environment 'prod': Host port 24512/tcp of 'web.admin' is already used by 'db.sql'", collision.Message, StringComparison.Ordinal);
        Assert.Equal("prod", collision.Environment);
    }

    [Fact]
    public void Check_without_an_environment_reports_every_environment_s_own_collision()
    {
        var result = CheckAll(ProdOnlyCollision.Text);

        var collision = Assert.Single(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Equal("prod", collision.Environment);
        Assert.Equal(ProdOnlyCollision.Line, collision.Location.Line);
        Assert.Equal(["dev", "prod"], result.Environments);
    }

    [Fact]
    public void Comparing_an_environment_with_the_base_gives_both_checks_as_separate_runs_give_them()
    {
        using var temp = new TempSpec();
        var spec = temp.Write("ports.toml", ProdOnlyCollision.Text);

        var comparison = PhantomMesh.BuildPorts.Validation.SpecCheck.Compare(spec, "prod");

        Assert.Equal(Check(ProdOnlyCollision.Text, null).Diagnostics.Select(WithoutFile), comparison.Base.Diagnostics.Select(WithoutFile));
        Assert.Equal(Check(ProdOnlyCollision.Text, "prod").Diagnostics.Select(WithoutFile), comparison.Environment.Diagnostics.Select(WithoutFile));
        Assert.Contains(comparison.Environment.Diagnostics, d => d.Code == "PM1201" && d.Environment == "prod");
        Assert.Equal(["prod"], comparison.Environment.Environments);
    }

    private static (string, int, int, string, string?) WithoutFile(Diagnostic d) => (d.Code, d.Location.Line, d.Location.Column, d.Message, d.Environment);

    [Fact]
    public void Another_environment_and_the_base_do_not_report_it()
    {
        Assert.DoesNotContain(Check(ProdOnlyCollision.Text, "dev").Diagnostics, d => d.Code == "PM1201");
        Assert.DoesNotContain(Check(ProdOnlyCollision.Text, null).Diagnostics, d => d.Code == "PM1201");
    }

    [Fact]
    public void A_collision_caused_by_an_address_override_is_reported_at_that_override()
    {
        // Two internal ports on one host port, on 127.0.0.1 and 127.0.0.2: apart in the base, together
        // once prod publishes the second on every address.
        var marked = MarkedText.Parse(Base + """
            [containers.db.ports.replica]
            host_port = 24512
            container_port = 5433
            host_ip = "127.0.0.2"
            group = "core"

            [environments.prod.containers.db.ports.replica]
            ⟪host_ip = "0.0.0.0"
            """);
        Assert.DoesNotContain(Check(marked.Text, null).Diagnostics, d => d.Code == "PM1201");

        var result = Check(marked.Text, "prod");

        var collision = Assert.Single(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Equal((marked.Line, marked.Column), (collision.Location.Line, collision.Location.Column));
        Assert.Equal("prod", collision.Environment);
    }

    [Fact]
    public void A_problem_the_base_has_too_is_reported_once_without_an_environment()
    {
        var text = Base.Replace("host_port = 24511", "host_port = 24512", StringComparison.Ordinal) + """
            [environments.dev]
            [environments.prod]
            """;

        var result = CheckAll(text);

        var collision = Assert.Single(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Null(collision.Environment);
        Assert.DoesNotContain("environment", collision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_naming_a_port_the_base_lacks_is_PM1016_with_the_nearest_name()
    {
        var marked = MarkedText.Parse(Base + """
            [environments.prod.containers.web.ports.⟪admn]
            host_port = 24513
            """);

        var result = Check(marked.Text, "prod");

        var missing = Assert.Single(result.Diagnostics, d => d.Code == "PM1016");
        Assert.Equal((marked.Line, marked.Column), (missing.Location.Line, missing.Location.Column));
        Assert.Contains("the port 'admn' of container 'web', which the base spec does not declare. Did you mean 'admin'?", missing.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
    }

    [Fact]
    public void An_override_naming_a_container_the_base_lacks_is_PM1016_and_check_finds_it()
    {
        var marked = MarkedText.Parse(Base + """
            [environments.prod.containers.⟪wbe]
            image = "nginx:1.27"
            """);

        var missing = Assert.Single(CheckAll(marked.Text).Diagnostics, d => d.Code == "PM1016");

        Assert.Equal((marked.Line, marked.Column), (missing.Location.Line, missing.Location.Column));
        Assert.Contains("Did you mean 'web'?", missing.Message, StringComparison.Ordinal);
        Assert.Equal("prod", missing.Environment);
    }

    [Fact]
    public void Choosing_an_environment_the_spec_lacks_is_PM1017_with_the_nearest_name()
    {
        var result = Check(Base + "[environments.prod]\n", "prdo");

        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1017", unknown.Code);
        Assert.Equal("The spec defines no environment 'prdo'. Did you mean 'prod'? It defines: prod.", unknown.Message);
        Assert.Null(result.Specs);
    }

    [Fact]
    public void An_offset_that_moves_a_port_past_65535_is_PM1101_at_the_port()
    {
        var marked = MarkedText.Parse(Base.Replace("host_port = 24512", "⟪host_port_placeholder", StringComparison.Ordinal)
            .Replace("host_range = \"24500-24599\"\n", string.Empty, StringComparison.Ordinal)
            .Replace("⟪host_port_placeholder", "host_port = ⟪65500", StringComparison.Ordinal)
            .Replace("group = \"core\"\n\n        ", "\n        ", StringComparison.Ordinal) + """
            [environments.far]
            port_offset = 100
            """);

        var result = Check(marked.Text, "far");

        Assert.Contains(result.Diagnostics, d => d.Code == "PM1101" && d.Location.Line == marked.Line
            && d.Message.Contains("port_offset = 100 of [environments.far] moves host_port 65500 of 'db.sql' to 65600", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_runs_in_an_environment_PM2009_for_an_internal_port_on_every_address()
    {
        var marked = MarkedText.Parse(Base + """
            [environments.lab.containers.web.ports.admin]
            host_ip = ⟪"0.0.0.0"
            """);

        var warning = Assert.Single(CheckAll(marked.Text).Diagnostics, d => d.Code == "PM2009");

        Assert.Equal((marked.Line, marked.Column), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("lab", warning.Environment);
    }

    [Fact]
    public void An_unknown_key_in_an_environment_is_PM1003_with_a_suggestion()
    {
        var marked = MarkedText.Parse(Base + """
            [environments.dev]
            ⟪port_ofset = 100
            """);

        var unknown = Assert.Single(CheckAll(marked.Text).Diagnostics, d => d.Code == "PM1003");

        Assert.Equal((marked.Line, marked.Column), (unknown.Location.Line, unknown.Location.Column));
        Assert.Contains("Did you mean 'port_offset'?", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("enabled = \"no\"", "PM1002")]
    [InlineData("port_offset = \"100\"", "PM1002")]
    [InlineData("kubernetes = \"yes\"", "PM1002")]
    [InlineData("namespace = \"Shop\"\nkubernetes = true", "PM1009")]
    [InlineData("namespace = \"shop\"", "PM1009")]
    [InlineData("host_ip = \"localhost\"", "PM1103")]
    [InlineData("port_offset = 70000", "PM1009")]
    public void Bad_environment_settings_are_reported(string body, string code)
    {
        var table = body.StartsWith("enabled", StringComparison.Ordinal) ? "[environments.dev.containers.db]" : "[environments.dev]";

        var result = CheckAll(Base + table + "\n" + body + "\n");

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Environment == "dev");
    }

    [Theory]
    [InlineData("environments = 5\n[project]\nname = \"x\"\n")]
    [InlineData("[project]\nname = \"x\"\n[environments]\ndev = 5\n")]
    [InlineData("[project]\nname = \"x\"\n[environments.\"dev env\"]\n")]
    public void A_malformed_environments_table_is_reported_by_the_base_check(string text)
    {
        var result = CheckAll(text);

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code is "PM1002" or "PM1012");
    }

    [Fact]
    public void A_scraped_port_without_a_service_is_PM2012_in_a_kubernetes_environment_only()
    {
        var marked = MarkedText.Parse(Base + """
            [containers.worker]
            image = "shop/worker:1"

            [containers.worker.ports.metrics]
            host_port = 24513
            group = "core"
            metrics_path = ⟪"/metrics"

            [environments.k8s]
            kubernetes = true
            namespace = "shop"
            """);

        var result = CheckAll(marked.Text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PM2012");
        Assert.Equal((marked.Line, marked.Column), (warning.Location.Line, warning.Location.Column));
        Assert.Equal("k8s", warning.Environment);
        Assert.Contains("SERVICE.shop.svc", warning.Message, StringComparison.Ordinal);
    }
}
