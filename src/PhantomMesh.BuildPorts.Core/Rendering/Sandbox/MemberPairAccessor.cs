using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// The <c>key</c> and <c>value</c> of what <c>for kv in object</c> yields, read without reflection. Scriban reads
/// them by reflection over <see cref="KeyValuePair{TKey, TValue}"/>, which the Native AOT build trims away, so there
/// every <c>kv.key</c> was an unknown member; this gives both builds what the reflection gave the JIT one.
/// </summary>
internal sealed class MemberPairAccessor : IObjectAccessor
{
    public static readonly MemberPairAccessor Instance = new();

    private static readonly string[] Members = ["key", "value"];

    /// <summary>The pair as the object Scriban prints for it: <c>{key: ..., value: ...}</c>.</summary>
    public static ScriptObject AsObject(KeyValuePair<string, object?> pair)
    {
        var members = new ScriptObject(Members.Length);
        members.SetValue("key", pair.Key, readOnly: false);
        members.SetValue("value", pair.Value, readOnly: false);
        return members;
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Members.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => member is "key" or "value";

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var pair = (KeyValuePair<string, object?>)target;
        value = member switch
        {
            "key" => pair.Key,
            "value" => pair.Value,
            _ => null,
        };
        return member is "key" or "value";
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
