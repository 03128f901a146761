namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// A port number as the object a template reads: one box per number for the whole run, instead of a new one at every
/// read of <c>port.host_port</c> (templates read each port's numbers several times, and there may be 100,000 ports).
/// </summary>
internal static class BoxedPortNumber
{
    private static readonly object?[] Boxes = new object?[65536];

    public static object Of(int number)
    {
        if ((uint)number >= (uint)Boxes.Length)
        {
            return number;
        }

        // Two threads may box the same number at once; either box is the same value.
        return Boxes[number] ??= number;
    }

    public static object? Of(int? number) => number is { } value ? Of(value) : null;
}
