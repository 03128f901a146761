using Microsoft.Build.Framework;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>Keeps every build event, so tests can ask which targets and tasks ran and what was logged.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly List<BuildEventArgs> _events = [];

    public LoggerVerbosity Verbosity { get; set; } = LoggerVerbosity.Diagnostic;

    public string? Parameters { get; set; }

    public IReadOnlyList<BuildEventArgs> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Initialize(IEventSource eventSource) => eventSource.AnyEventRaised += (_, e) =>
    {
        lock (_events)
        {
            _events.Add(e);
        }
    };

    public void Shutdown()
    {
    }
}
