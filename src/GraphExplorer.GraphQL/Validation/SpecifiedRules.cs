using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>The spec's validation rules (graphql-js specifiedRules order, plus KnownOperationTypes and the @oneOf checks inside ValuesOfCorrectType).</summary>
public static class SpecifiedRules
{
    /// <summary>Fresh rule instances for one validation (rules keep per-document state).</summary>
    public static IEnumerable<ValidationRule> Create()
    {
        yield return new ExecutableDefinitionsRule();
        yield return new UniqueOperationNamesRule();
        yield return new LoneAnonymousOperationRule();
        yield return new SingleFieldSubscriptionsRule();
        yield return new KnownOperationTypesRule();
        yield return new KnownTypeNamesRule();
        yield return new FragmentsOnCompositeTypesRule();
        yield return new VariablesAreInputTypesRule();
        yield return new ScalarLeafsRule();
        yield return new FieldsOnCorrectTypeRule();
        yield return new UniqueFragmentNamesRule();
        yield return new KnownFragmentNamesRule();
        yield return new NoUnusedFragmentsRule();
        yield return new PossibleFragmentSpreadsRule();
        yield return new NoFragmentCyclesRule();
        yield return new UniqueVariableNamesRule();
        yield return new NoUndefinedVariablesRule();
        yield return new NoUnusedVariablesRule();
        yield return new KnownDirectivesRule();
        yield return new UniqueDirectivesPerLocationRule();
        yield return new KnownArgumentNamesRule();
        yield return new UniqueArgumentNamesRule();
        yield return new ValuesOfCorrectTypeRule();
        yield return new ProvidedRequiredArgumentsRule();
        yield return new VariablesInAllowedPositionRule();
        yield return new OverlappingFieldsCanBeMergedRule();
        yield return new UniqueInputFieldNamesRule();
    }
}
