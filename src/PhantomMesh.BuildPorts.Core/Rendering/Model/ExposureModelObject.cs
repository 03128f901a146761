using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// The template view of a port's exposure (<c>port.exposure</c>). <c>text</c> is the exposure in the words
/// <c>phantom-gen list</c> uses (<see cref="PortText.Exposure"/>), so the two never differ.
/// </summary>
internal sealed class ExposureModelObject(Exposure exposure) : ComputedModelObject
{
    private static readonly string[] MemberNames = ["kind", "text", "allow_from"];

    private ScriptArray? _allowFrom;

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "kind" => exposure.Name,
        "text" => PortText.Exposure(exposure),
        "allow_from" => Once(ref _allowFrom, exposure, static e => TemplateModelBuilder.Array(e.AllowFrom.Select(a => (object)a.Value))),
        _ => NotAMember,
    };
}
