using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>A small base spec with two containers for environment tests, and helpers to check it per environment.</summary>
public static class EnvironmentSpecs
{
    public static readonly string Base = SpecText.Of(
        SpecText.CoreProject("shop"),
        SpecText.Table("reserved.later", "port = 24519"),
        SpecText.Table("containers.web", "dockerfile = \"Dockerfile.web\"", "service = \"web\""),
        SpecText.Port("web", "http", 24510, 8080, SpecText.InGroup(), "exposure = \"public\"", "health = { http = \"/health\" }"),
        SpecText.Port("web", "admin", 24511, 8081, SpecText.InGroup()),
        SpecText.Container("db", service: "db", image: "postgres:16"),
        SpecText.Port("db", "sql", 24512, 5432, SpecText.InGroup()));

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
