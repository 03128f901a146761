using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>What one in-process build did.</summary>
public sealed record BuildOutcome(bool Succeeded, IReadOnlyList<BuildEventArgs> Events)
{
    public IEnumerable<BuildErrorEventArgs> Errors => Events.OfType<BuildErrorEventArgs>();

    public IEnumerable<BuildWarningEventArgs> Warnings => Events.OfType<BuildWarningEventArgs>();

    public IEnumerable<BuildMessageEventArgs> Messages => Events.OfType<BuildMessageEventArgs>();

    /// <summary>How many times the task ran (a skipped target runs none).</summary>
    public int TaskRuns(string taskName) => Events.OfType<TaskStartedEventArgs>().Count(t => t.TaskName == taskName);

    public int GeneratorRuns => TaskRuns("GeneratePortArtifacts");

    public bool TargetStarted(string target) => Events.OfType<TargetStartedEventArgs>().Any(t => t.TargetName == target);

    /// <summary>True when MSBuild skipped <paramref name="target"/> because its outputs were newer than its inputs.</summary>
    public bool SkippedAsUpToDate(string target) =>
        Events.OfType<TargetSkippedEventArgs>().Any(t => t.TargetName == target && t.SkipReason == TargetSkipReason.OutputsUpToDate);

    /// <summary>The build's log, roughly as MSBuild prints it, for assertion messages.</summary>
    public string Log => string.Join('\n', Events.Select(e => e switch
    {
        BuildErrorEventArgs error => $"{error.File}({error.LineNumber},{error.ColumnNumber}): error {error.Code}: {error.Message}",
        BuildWarningEventArgs warning => $"{warning.File}({warning.LineNumber},{warning.ColumnNumber}): warning {warning.Code}: {warning.Message}",
        _ => e.Message,
    }));

    public override string ToString() => Log;
}

/// <summary>
/// Builds a project in this process with the SDK's MSBuild (found by Microsoft.Build.Locator): a fresh
/// project collection per build, so nothing is cached between builds, one node, no node reuse.
/// </summary>
public static class InProcessBuild
{
    public static BuildOutcome Run(string projectPath, IDictionary<string, string>? globalProperties = null, params string[] targets)
    {
        var logger = new RecordingLogger();
        var globals = (globalProperties ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => (string?)p.Value);
        using var collection = new ProjectCollection(globals!);
        var parameters = new BuildParameters(collection)
        {
            Loggers = [logger],
            EnableNodeReuse = false,
            MaxNodeCount = 1,
        };
        var request = new BuildRequestData(projectPath, globals, toolsVersion: null, targets.Length == 0 ? ["Build"] : targets, hostServices: null);
        var result = BuildManager.DefaultBuildManager.Build(parameters, request);
        return new BuildOutcome(result.OverallResult == BuildResultCode.Success, logger.Events);
    }
}
