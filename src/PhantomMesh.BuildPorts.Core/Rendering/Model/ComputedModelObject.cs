using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// A model object whose members are computed from the spec when a template reads them, instead of kept in a
/// dictionary per object: at 100,000 ports the dictionaries of the port objects were 2.6 KB a port, and making them
/// a sixth of <c>generate</c>. Reading members is what templates do with a port. Everything else a template can do
/// with an object (write or remove a member, list, count or print its members, import it, serialize it) is done on
/// its dictionary form (<see cref="Stored"/>), made once, on first need, from the same members: from then on the object
/// is that <see cref="ScriptObject"/>, so a template cannot tell the two apart (ComputedModelObjectTests).
/// </summary>
internal abstract class ComputedModelObject : IScriptObject, IDictionary<string, object?>, IDictionary, IFormattable, IScriptCustomTypeInfo
{
    /// <summary>What <see cref="Compute"/> returns for a name that is not a member.</summary>
    protected static readonly object NotAMember = new();

    private ScriptObject? _stored;

    /// <summary>The members' names, in the order the dictionary form lists them.</summary>
    protected abstract string[] Members { get; }

    /// <summary>
    /// The value of <paramref name="member"/>, or <see cref="NotAMember"/>. An object value must be the same instance
    /// at every read (<see cref="Once{T}"/>): a template may write into it.
    /// </summary>
    protected abstract object? Compute(string member);

    /// <summary>The dictionary form; once made, every read and write goes to it.</summary>
    public ScriptObject Stored
    {
        get
        {
            if (_stored is null)
            {
                var stored = new ScriptObject(Members.Length);
                foreach (var member in Members)
                {
                    stored.SetValue(member, Compute(member), readOnly: false);
                }

                // Templates rendering side by side may both get here first; both then use the one that was kept.
                Interlocked.CompareExchange(ref _stored, stored, null);
            }

            return _stored;
        }
    }

    /// <summary>A member's value as a template reads it; false when there is no such member.</summary>
    public bool TryRead(string member, out object? value)
    {
        if (_stored is { } stored)
        {
            return stored.TryGetValue(null, default, member, out value);
        }

        value = Compute(member);
        if (ReferenceEquals(value, NotAMember))
        {
            value = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The object <paramref name="make"/> makes from <paramref name="state"/>, made once and kept in <paramref name="field"/>, even when
    /// two threads ask at once. <paramref name="make"/> is a static lambda: one that captured its object would be a new delegate at every read.
    /// </summary>
    protected static T Once<TState, T>(ref T? field, TState state, Func<TState, T> make)
        where T : class
        => field ?? Interlocked.CompareExchange(ref field, make(state), null) ?? field!;

    public string TypeName => "object";

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) => TryRead(member, out value);

    public bool Contains(string member) => _stored?.Contains(member) ?? Array.IndexOf(Members, member) >= 0;

    public int Count => _stored?.Count ?? Members.Length;

    public IEnumerable<string> GetMembers() => _stored?.GetMembers() ?? Members;

    public bool IsReadOnly
    {
        get => _stored?.IsReadOnly ?? false;
        set => Stored.IsReadOnly = value;
    }

    public bool CanWrite(string member) => Stored.CanWrite(member);

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
        => Stored.TrySetValue(context, span, member, value, readOnly);

    public bool Remove(string member) => Stored.Remove(member);

    public void SetReadOnly(string member, bool readOnly) => Stored.SetReadOnly(member, readOnly);

    public IScriptObject Clone(bool deep) => Stored.Clone(deep);

    public string ToString(string? format, IFormatProvider? formatProvider) => Stored.ToString(format, formatProvider);

    public override string ToString() => Stored.ToString();

    private IDictionary<string, object?> Dictionary => Stored;

    object? IDictionary<string, object?>.this[string key]
    {
        get => TryRead(key, out var value) ? value : null;
        set => Dictionary[key] = value;
    }

    ICollection<string> IDictionary<string, object?>.Keys => Dictionary.Keys;

    ICollection<object?> IDictionary<string, object?>.Values => Dictionary.Values;

    int ICollection<KeyValuePair<string, object?>>.Count => Count;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => Dictionary.IsReadOnly;

    bool IDictionary<string, object?>.ContainsKey(string key) => Contains(key);

    bool IDictionary<string, object?>.TryGetValue(string key, out object? value) => TryRead(key, out value);

    void IDictionary<string, object?>.Add(string key, object? value) => Dictionary.Add(key, value);

    bool IDictionary<string, object?>.Remove(string key) => Dictionary.Remove(key);

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Dictionary.Add(item);

    void ICollection<KeyValuePair<string, object?>>.Clear() => Dictionary.Clear();

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) => Dictionary.Contains(item);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => Dictionary.CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => Dictionary.Remove(item);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => Dictionary.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Stored).GetEnumerator();

    private IDictionary Untyped => Stored;

    object? IDictionary.this[object key]
    {
        get => Untyped[key];
        set => Untyped[key] = value;
    }

    ICollection IDictionary.Keys => Untyped.Keys;

    ICollection IDictionary.Values => Untyped.Values;

    bool IDictionary.IsReadOnly => Untyped.IsReadOnly;

    bool IDictionary.IsFixedSize => Untyped.IsFixedSize;

    int ICollection.Count => Count;

    bool ICollection.IsSynchronized => Untyped.IsSynchronized;

    object ICollection.SyncRoot => Untyped.SyncRoot;

    void IDictionary.Add(object key, object? value) => Untyped.Add(key, value);

    void IDictionary.Clear() => Untyped.Clear();

    bool IDictionary.Contains(object key) => Untyped.Contains(key);

    IDictionaryEnumerator IDictionary.GetEnumerator() => Untyped.GetEnumerator();

    void IDictionary.Remove(object key) => Untyped.Remove(key);

    void ICollection.CopyTo(Array array, int index) => Untyped.CopyTo(array, index);
}
