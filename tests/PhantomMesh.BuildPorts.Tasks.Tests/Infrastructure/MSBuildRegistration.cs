using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure.MSBuildTestFramework", "PhantomMesh.BuildPorts.Tasks.Tests")]

namespace PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

/// <summary>
/// Points the Microsoft.Build assemblies at the SDK's MSBuild before any of them loads. The test
/// project references Microsoft.Build* with ExcludeAssets="runtime", so none is in bin/: the first
/// Microsoft.Build type anything touches must be resolved through the locator, registered first.
/// A module initializer runs before any code of this assembly runs, and this method touches no
/// Microsoft.Build type itself (the JIT would load them while compiling it).
/// </summary>
internal static class MSBuildRegistration
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "A test assembly: registering MSBuild before anything else is exactly what the locator needs.")]
    internal static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}

/// <summary>
/// xunit's own framework, created before xunit enumerates this assembly's types. Test discovery loads
/// types such as the fake build engine (an IBuildEngine) by reflection, which runs no code of this
/// assembly and so would not trigger the module initializer: creating this class does.
/// </summary>
public sealed class MSBuildTestFramework : XunitTestFramework
{
    public MSBuildTestFramework(IMessageSink messageSink)
        : base(messageSink)
    {
        MSBuildRegistration.Register();
    }
}
