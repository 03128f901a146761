using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Validation;

public class RepoSpecTests
{
    [Fact]
    public void Repo_spec_validates_with_zero_errors()
    {
        var result = SpecCheck.Run(RepoPaths.PortsToml);

        Assert.True(result.Specs is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void Repo_spec_has_no_warnings_either()
    {
        var result = SpecCheck.Run(RepoPaths.PortsToml, new ValidationOptions { WarningsAsErrors = true });

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }
}
