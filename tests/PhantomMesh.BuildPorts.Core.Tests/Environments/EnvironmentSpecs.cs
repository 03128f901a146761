using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>A small base spec with two containers for environment tests, and helpers to check it per environment.</summary>
public static class EnvironmentSpecs
{
    public const string Base = """
        [project]
        name = "shop"
        host_range = "24500-24599"

        [groups.core]
        range = "24510-24519"

        [reserved.later]
        port = 24519

        [containers.web]
        dockerfile = "Dockerfile.web"
        service = "web"

        [containers.web.ports.http]
        host_port = 24510
        container_port = 8080
        group = "core"
        exposure = "public"
        health = { http = "/health" }

        [containers.web.ports.admin]
        host_port = 24511
        container_port = 8081
        group = "core"

        [containers.db]
        image = "postgres:16"
        service = "db"

        [containers.db.ports.sql]
        host_port = 24512
        container_port = 5432
        group = "core"

        """;

    /// <summary>Checks <paramref name="text"/> in <paramref name="environment"/> (the base when null).</summary>
    public static SpecCheckResult Check(string text, string? environment)
    {
        using var temp = new TempSpec();
        return SpecCheck.Run(temp.Write("ports.toml", text), environment: environment);
    }

    /// <summary>Checks the base and every environment of <paramref name="text"/>, as <c>phantom-gen check</c> does.</summary>
    public static SpecCheckResult CheckAll(string text)
    {
        using var temp = new TempSpec();
        return SpecCheck.RunAll(temp.Write("ports.toml", text));
    }

    /// <summary>The effective spec of <paramref name="environment"/>, asserting it checks without errors.</summary>
    public static PortSpec Effective(string text, string? environment)
    {
        var result = Check(text, environment);
        Assert.True(result.Specs is not null && !result.HasErrors, "The spec does not check:\n" + string.Join("\n", result.Diagnostics));
        return result.Specs!.Root;
    }

    public static PortMapping Port(this PortSpec spec, string container, string name)
        => spec.Ports.Single(p => p.Container.Name == container && p.Name.Value == name);
}
