using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>PM2013: the project's own Compose file (compose_file) publishes a port the spec owns, or one it does not.</summary>
public sealed class BaseComposeFileTests
{
    private const string Spec = """
        [project]
        name = "shop"
        outputs = "ports-only"
        compose_file = "compose.yaml"

        [containers.web]
        image = "nginx"

        [containers.web.ports.http]
        host_port = 8080
        container_port = 80
        exposure = "public"
        """;

    [Fact]
    public void A_split_base_file_publishes_nothing_the_spec_owns()
    {
        using var workspace = new ImportWorkspace(ImportFixtures.Merged);
        workspace.Import(split: true);

        var check = SpecCheck.Run(workspace.SpecPath);

        Assert.DoesNotContain(check.Diagnostics, d => d.Code == "PM2013");
        Assert.Contains("compose_file = \"docker-compose.base.yml\"", File.ReadAllText(workspace.SpecPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_the_base_file_publishes_is_reported_at_its_entry_whether_the_spec_owns_it_or_not()
    {
        using var workspace = new ImportWorkspace(new("base", [("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"8080:80\"\n      - \"9090:90\"\n")]));
        workspace.Write("ports.toml", Spec);

        var warnings = SpecCheck.Run(workspace.SpecPath).Diagnostics.Where(d => d.Code == "PM2013").ToList();

        Assert.Equal([(5, true), (6, false)], warnings.Select(w => (w.Location.Line, w.Message.Contains("which the spec owns as 'web.http'", StringComparison.Ordinal))));
        Assert.All(warnings, w => Assert.EndsWith("compose.yaml", w.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_file_that_does_not_exist_is_an_error_at_the_key()
    {
        using var workspace = new ImportWorkspace(new("missing", [("other.yaml", "services: {}\n")]));
        workspace.Write("ports.toml", Spec);

        var diagnostic = Assert.Single(SpecCheck.Run(workspace.SpecPath).Diagnostics, d => d.Code == "PM1008");

        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void The_base_files_variables_come_from_the_env_file_beside_it()
    {
        using var workspace = new ImportWorkspace(new("dotenv", [("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"${WEB_PORT}:80\"\n")]));
        workspace.Write(".env", "WEB_PORT=8080\n");
        workspace.Write("ports.toml", Spec);

        var check = SpecCheck.Run(workspace.SpecPath);

        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics));
        var warning = Assert.Single(check.Diagnostics, d => d.Code == "PM2013");
        Assert.Contains("publishes host port 8080/tcp", warning.Message, StringComparison.Ordinal);
        Assert.Contains("which the spec owns as 'web.http'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_the_base_file_is_reported_at_its_entry()
    {
        using var workspace = new ImportWorkspace(new("broken", [("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"abc:80\"\n")]));
        workspace.Write("ports.toml", Spec);

        var error = Assert.Single(SpecCheck.Run(workspace.SpecPath).Diagnostics, d => d.IsError);

        Assert.Equal(("PM1106", 5), (error.Code, error.Location.Line));
        Assert.EndsWith("compose.yaml", error.Location.File, StringComparison.Ordinal);
    }
}
