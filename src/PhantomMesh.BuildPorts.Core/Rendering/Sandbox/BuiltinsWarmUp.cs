using System.Runtime.CompilerServices;
using Scriban.Functions;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Scriban builds its default builtins (string, array, regex, ...) once per process, in a static constructor that
/// reads them by reflection: on a small spec, about a quarter of <c>generate</c>. Started on another thread while the
/// spec is being checked, that work is done by the time the first template needs it. Harmless when the check fails:
/// the runtime runs a static constructor once, whichever thread asks first.
/// </summary>
internal static class BuiltinsWarmUp
{
    // Only the static constructor: the builtins a render uses are made from its result later, as before.
    public static void Start()
        => ThreadPool.UnsafeQueueUserWorkItem(static _ => RuntimeHelpers.RunClassConstructor(typeof(BuiltinFunctions).TypeHandle), null);
}
