namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>A boolean as the object a template reads: the same two boxes for every port and helper, not a new one per read.</summary>
internal static class BoxedBoolean
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static object Of(bool value) => value ? True : False;
}
