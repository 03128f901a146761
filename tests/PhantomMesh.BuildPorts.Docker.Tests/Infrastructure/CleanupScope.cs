using System.Runtime.ExceptionServices;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// Undo steps registered as things are made (a folder, a stack, a namespace, firewall rules), run
/// in reverse order when the test body ends, whether or not it failed. Every step runs even when
/// an earlier one throws. The body's own failure is what the test reports; cleanup failures join
/// it, so a leak is never silent and never hides why the test failed.
/// </summary>
public sealed class CleanupScope
{
    private readonly Stack<(string What, Func<Task> Undo)> _steps = new();

    private CleanupScope()
    {
    }

    public static async Task RunAsync(Func<CleanupScope, Task> body)
    {
        var scope = new CleanupScope();
        ExceptionDispatchInfo? failure = null;
        try
        {
            await body(scope);
        }
        catch (Exception exception)
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        var leaks = await scope.UndoAllAsync();
        if (leaks.Count == 0)
        {
            failure?.Throw();
            return;
        }

        throw failure is null
            ? new AggregateException("Cleanup left something behind.", leaks)
            : new AggregateException("The test failed, and its cleanup left something behind.", [failure.SourceException, .. leaks]);
    }

    /// <summary>Registers <paramref name="undo"/>, which removes <paramref name="what"/>.</summary>
    public void Add(string what, Func<Task> undo) => _steps.Push((what, undo));

    /// <summary>A fresh temporary folder, deleted after everything registered later (which may still need its files).</summary>
    public TempFolder Folder(string prefix = "pm-docker-")
    {
        var folder = new TempFolder(prefix);
        Add($"folder {folder.Path}", () =>
        {
            folder.Dispose();
            return Task.CompletedTask;
        });
        return folder;
    }

    private async Task<List<Exception>> UndoAllAsync()
    {
        var failures = new List<Exception>();
        while (_steps.TryPop(out var step))
        {
            try
            {
                await step.Undo();
            }
            catch (Exception exception)
            {
                failures.Add(new InvalidOperationException($"Could not remove {step.What}: {exception.Message}", exception));
            }
        }

        return failures;
    }
}
