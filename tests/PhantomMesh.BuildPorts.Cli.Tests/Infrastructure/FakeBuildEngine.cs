using System.Collections;
using Microsoft.Build.Framework;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>Just enough of MSBuild to run a task in process and keep what it logs.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    /// <summary>Errors and warnings in the order the task logged them.</summary>
    public List<BuildEventArgs> Diagnostics { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "fake.proj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        Errors.Add(e);
        Diagnostics.Add(e);
    }

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        Warnings.Add(e);
        Diagnostics.Add(e);
    }
}
