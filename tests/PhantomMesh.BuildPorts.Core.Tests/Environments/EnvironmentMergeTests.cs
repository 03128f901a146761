using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;
using static PhantomMesh.BuildPorts.Tests.Environments.EnvironmentSpecs;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>How an [environments.NAME] table merges over the base: one test per rule of docs/spec.md.</summary>
public class EnvironmentMergeTests
{
    [Fact]
    public void An_override_changes_a_value_and_points_at_the_override_line()
    {
        var marked = MarkedText.Parse(Base + """
            [environments.prod.containers.web.ports.admin]
            host_port = ⟪24513
            """);

        var spec = Effective(marked.Text, "prod");

        var admin = spec.Port("web", "admin");
        Assert.Equal(24513, admin.HostPort.Value);
        Assert.Equal((marked.Line, marked.Column), (admin.HostPort.Location.Line, admin.HostPort.Location.Column));
        Assert.Equal(8081, admin.ContainerPort.Value);
        Assert.Equal(24510, spec.Port("web", "http").HostPort.Value);
        Assert.Equal("prod", spec.Environment?.Name.Value);
    }

    [Fact]
    public void The_base_is_what_the_file_says_without_its_environments()
    {
        var text = Base + """
            [environments.prod.containers.web.ports.admin]
            host_port = 24513
            """;

        var spec = Effective(text, environment: null);

        Assert.Equal(24511, spec.Port("web", "admin").HostPort.Value);
        Assert.Null(spec.Environment);
        Assert.Equal(["prod"], spec.EnvironmentNames);
    }

    [Fact]
    public void Enabled_false_leaves_a_port_or_a_container_out()
    {
        var text = Base + """
            [environments.dev.containers.web.ports.admin]
            enabled = false

            [environments.dev.containers.db]
            enabled = false
            """;

        var spec = Effective(text, "dev");

        Assert.Equal(["web.http"], spec.Ports.Select(p => $"{p.Container.Name}.{p.Name.Value}"));
        Assert.Equal(["web"], spec.Containers.Select(c => c.Name.Value));
    }

    [Fact]
    public void A_port_disabled_in_the_base_exists_only_where_an_environment_enables_it()
    {
        var text = Base + """
            [containers.web.ports.debug]
            host_port = 24514
            container_port = 5005
            group = "core"
            enabled = false

            [environments.dev.containers.web.ports.debug]
            enabled = true
            """;

        Assert.DoesNotContain(Effective(text, null).Ports, p => p.Name.Value == "debug");
        Assert.Equal(5005, Effective(text, "dev").Port("web", "debug").ContainerPort.Value);
    }

    [Fact]
    public void Port_offset_moves_every_host_port_group_reservation_and_the_host_range()
    {
        var text = Base + """
            [environments.copy]
            port_offset = 100
            """;

        var spec = Effective(text, "copy");

        Assert.Equal([24610, 24611, 24612], spec.Ports.Select(p => p.HostPort.Value).Order());
        Assert.Equal([8080, 8081, 5432], spec.Ports.Select(p => p.ContainerPort.Value));
        Assert.Equal(new PortRange(24610, 24619), spec.Groups.Single().Range.Value);
        Assert.Equal(new PortRange(24619, 24619), spec.Reserved.Single().Range.Value);
        Assert.Equal(new PortRange(24600, 24699), spec.Project.HostRange!.Value.Value);
    }

    [Fact]
    public void A_list_in_an_environment_replaces_the_base_list()
    {
        var text = Base.Replace("exposure = \"public\"", "exposure = { allow_from = [\"10.0.0.0/8\", \"192.168.1.0/24\"] }", StringComparison.Ordinal) + """
            [environments.prod.containers.web.ports.http]
            exposure = { allow_from = ["203.0.113.0/24"] }
            """;

        var spec = Effective(text, "prod");

        Assert.Equal(["203.0.113.0/24"], spec.Port("web", "http").Exposure.AllowFrom.Select(a => a.Value));
    }

    [Fact]
    public void Health_and_exposure_replace_the_base_value_as_a_whole()
    {
        var text = Base + """
            [environments.prod.containers.web.ports.http]
            health = { command = "check-web" }
            exposure = "internal"
            """;

        var http = Effective(text, "prod").Port("web", "http");

        Assert.Equal((HealthCheckKind.Command, "check-web"), (http.Health.Kind, http.Health.Value));
        Assert.Equal(ExposureKind.Internal, http.Exposure.Kind);
    }

    [Fact]
    public void An_image_in_an_environment_replaces_the_base_dockerfile()
    {
        var text = Base + """
            [environments.prod.containers.web]
            image = "registry.example.com/shop/web:1.4.2"
            """;

        var web = Effective(text, "prod").Containers.Single(c => c.Name.Value == "web");

        Assert.Equal("registry.example.com/shop/web:1.4.2", web.Image?.Value);
        Assert.Null(web.Dockerfile);
    }

    [Fact]
    public void Named_tables_merge_by_key_and_an_environment_may_add_a_group_and_a_reservation()
    {
        var text = Base + """
            [environments.prod.groups.core]
            title = "Core (production)"

            [environments.prod.groups.extra]
            range = "24520-24529"

            [environments.prod.reserved.maintenance]
            port = 24599
            """;

        var spec = Effective(text, "prod");

        var core = spec.Groups.Single(g => g.Name.Value == "core");
        Assert.Equal(("Core (production)", new PortRange(24510, 24519)), (core.Title, core.Range.Value));
        Assert.Contains(spec.Groups, g => g.Name.Value == "extra");
        Assert.Equal(["later", "maintenance"], spec.Reserved.Select(r => r.Name.Value));
    }

    [Fact]
    public void An_environment_host_ip_puts_every_published_port_on_that_address_unless_a_port_says_otherwise()
    {
        var text = Base.Replace("[containers.db.ports.sql]\n", "[containers.db.ports.sql]\nexposure = \"unpublished\"\n", StringComparison.Ordinal) + """
            [environments.dev]
            host_ip = "127.0.0.1"

            [environments.dev.containers.web.ports.admin]
            host_ip = "127.0.0.2"
            """;

        var spec = Effective(text, "dev");

        Assert.Equal("127.0.0.1", spec.Port("web", "http").PublishedAddress?.ToString());
        Assert.Equal("127.0.0.2", spec.Port("web", "admin").PublishedAddress?.ToString());
        Assert.Null(spec.Port("db", "sql").HostIp);
    }

    [Fact]
    public void Kubernetes_and_namespace_are_the_environment_s_own_settings()
    {
        var text = Base + """
            [environments.k8s]
            kubernetes = true
            namespace = "shop"
            """;

        var environment = Effective(text, "k8s").Environment!;

        Assert.True(environment.IsKubernetes);
        Assert.Equal("shop", environment.Namespace);
    }

    [Fact]
    public void Enabled_false_leaves_a_group_or_a_reservation_out()
    {
        var text = Base.Replace("group = \"core\"\n", string.Empty, StringComparison.Ordinal) + """
            [environments.lab.groups.core]
            enabled = false

            [environments.lab.reserved.later]
            enabled = false
            """;

        var spec = Effective(text, "lab");

        Assert.Empty(spec.Groups);
        Assert.Empty(spec.Reserved);
    }

    [Fact]
    public void An_environment_s_includes_replace_the_base_s_and_only_it_collides_with_its_neighbour()
    {
        using var temp = new TempSpec();
        temp.Write("billing/ports.toml", "[project]\nname = \"billing\"\n\n[containers.api]\nimage = \"billing:1\"\n\n[containers.api.ports.http]\nhost_port = 24510\nexposure = \"public\"\n");
        var spec = temp.Write("shop/ports.toml", Base + """
            [environments.prod]
            includes = ["../billing/ports.toml"]

            [environments.dev]
            """);

        var all = SpecCheck.RunAll(spec);

        var collision = Assert.Single(all.Diagnostics);
        Assert.Equal(("PM1201", "prod"), (collision.Code, collision.Environment));
        Assert.Contains("billing", Assert.Single(collision.Related).Location.File, StringComparison.Ordinal);
        Assert.Empty(SpecCheck.Run(spec, environment: "dev").Diagnostics);
    }
}
