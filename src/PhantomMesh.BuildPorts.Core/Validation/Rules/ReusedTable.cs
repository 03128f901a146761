namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>A per-container (or per-service) lookup table kept across containers instead of made for each.</summary>
internal static class ReusedTable
{
    /// <summary>Past this many entries a table is replaced, not cleared: clearing costs its whole capacity, and one large container would make every later clear cost that much.</summary>
    private const int ClearLimit = 64;

    public static void Reset<TKey, TValue>(ref Dictionary<TKey, TValue> table)
        where TKey : notnull
    {
        if (table.Count > ClearLimit)
        {
            table = new Dictionary<TKey, TValue>(table.Comparer);
        }
        else
        {
            table.Clear();
        }
    }
}
