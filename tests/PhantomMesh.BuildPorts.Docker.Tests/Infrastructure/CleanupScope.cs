namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// Undo steps registered as things are made (a stack, a namespace, a firewall rule), run in reverse
/// order when the scope ends, whether or not the test failed. Every step runs even when an earlier
/// one throws; their failures are thrown together at the end, so a leak is never silent.
/// </summary>
public sealed class CleanupScope : IAsyncDisposable
{
    private readonly Stack<(string What, Func<Task> Undo)> _steps = new();

    /// <summary>Registers <paramref name="undo"/>, which removes <paramref name="what"/>.</summary>
    public void Add(string what, Func<Task> undo) => _steps.Push((what, undo));

    public async ValueTask DisposeAsync()
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

        if (failures.Count > 0)
        {
            throw new AggregateException("Cleanup left something behind.", failures);
        }
    }
}
