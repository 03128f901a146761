namespace PhantomMesh.BuildPorts.Validation;

/// <summary>One check of the spec; each rule reports its own diagnostic codes.</summary>
internal interface IValidationRule
{
    void Check(ValidationContext context);
}
