using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): one walk over the document keeping type information,
/// calling every rule's hooks. Returns all errors; never throws for invalid documents. Thread-safe (no shared state).
/// </summary>
public static class DocumentValidator
{
    /// <summary>Runs the specified rules plus the protective rules configured in <paramref name="options"/>.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        return Validate(schema, document, SpecifiedRules.Create().Concat(ProtectiveRules.Create(options)).ToList(), options);
    }

    /// <summary>Runs the given rules only.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<ValidationRule> rules, ValidationOptions? options = null)
    {
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default);
        new Walker(context, rules).Walk(document);
        return context.Errors;
    }

    private sealed class Walker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        public void Walk(DocumentNode document)
        {
            foreach (var rule in rules)
            {
                rule.EnterDocument(context, document);
            }

            foreach (var definition in document.Definitions)
            {
                foreach (var rule in rules)
                {
                    rule.EnterDefinition(context, definition);
                }

                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        WalkOperation(operation);
                        break;
                    case FragmentDefinitionNode fragment:
                        WalkFragment(fragment);
                        break;
                }
            }

            foreach (var rule in rules)
            {
                rule.LeaveDocument(context, document);
            }
        }

        private void WalkOperation(OperationDefinitionNode operation)
        {
            context.CurrentDefinition = operation;
            foreach (var rule in rules)
            {
                rule.EnterOperation(context, operation);
            }

            foreach (var variable in operation.VariableDefinitions)
            {
                foreach (var rule in rules)
                {
                    rule.EnterVariableDefinition(context, variable);
                }

                WalkNamedType(variable.Type.NamedType);
                if (variable.DefaultValue is not null)
                {
                    WalkInputValue(variable.DefaultValue, context.Schema.TypeFromAst(variable.Type), null, false);
                }

                WalkDirectives(variable.Directives, DirectiveLocation.VariableDefinition);
            }

            WalkDirectives(operation.Directives, operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            });
            WalkSelectionSet(operation.SelectionSet, context.Schema.GetRootType(operation.Operation));
            foreach (var rule in rules)
            {
                rule.LeaveOperation(context, operation);
            }

            context.CurrentDefinition = null;
        }

        private void WalkFragment(FragmentDefinitionNode fragment)
        {
            context.CurrentDefinition = fragment;
            foreach (var rule in rules)
            {
                rule.EnterFragmentDefinition(context, fragment);
            }

            WalkNamedType(fragment.TypeCondition);
            WalkDirectives(fragment.Directives, DirectiveLocation.FragmentDefinition);
            WalkSelectionSet(fragment.SelectionSet, context.Schema.GetType(fragment.TypeCondition.Name.Value));
            context.CurrentDefinition = null;
        }

        private void WalkNamedType(NamedTypeNode node)
        {
            foreach (var rule in rules)
            {
                rule.EnterNamedType(context, node);
            }
        }

        private void WalkSelectionSet(SelectionSetNode selectionSet, NamedType? parentType)
        {
            var savedParent = context.ParentType;
            context.ParentType = parentType is ComplexType or UnionType ? parentType : null;
            foreach (var rule in rules)
            {
                rule.EnterSelectionSet(context, selectionSet);
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        WalkField(field);
                        break;
                    case InlineFragmentNode inline:
                        foreach (var rule in rules)
                        {
                            rule.EnterInlineFragment(context, inline);
                        }

                        if (inline.TypeCondition is not null)
                        {
                            WalkNamedType(inline.TypeCondition);
                        }

                        WalkDirectives(inline.Directives, DirectiveLocation.InlineFragment);
                        WalkSelectionSet(inline.SelectionSet,
                            inline.TypeCondition is null ? context.ParentType : context.Schema.GetType(inline.TypeCondition.Name.Value));
                        break;
                    case FragmentSpreadNode spread:
                        foreach (var rule in rules)
                        {
                            rule.EnterFragmentSpread(context, spread);
                        }

                        WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
                        break;
                }
            }

            context.ParentType = savedParent;
        }

        private void WalkField(FieldNode field)
        {
            var (savedField, savedType) = (context.FieldDefinition, context.Type);
            var definition = context.ParentType is null ? null : IntrospectionTypes.GetField(context.Schema, context.ParentType, field.Name.Value);
            context.FieldDefinition = definition;
            context.Type = definition?.Type;
            foreach (var rule in rules)
            {
                rule.EnterField(context, field);
            }

            WalkArguments(field, field.Arguments, definition?.Arguments);
            WalkDirectives(field.Directives, DirectiveLocation.Field);
            if (field.SelectionSet is not null)
            {
                WalkSelectionSet(field.SelectionSet, definition?.Type.NamedType);
            }

            foreach (var rule in rules)
            {
                rule.LeaveField(context, field);
            }

            (context.FieldDefinition, context.Type) = (savedField, savedType);
        }

        private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
        {
            if (directives.Count == 0)
            {
                return;
            }

            foreach (var rule in rules)
            {
                rule.EnterDirectives(context, directives, location);
            }

            foreach (var directive in directives)
            {
                var saved = context.Directive;
                context.Directive = context.Schema.GetDirective(directive.Name.Value);
                foreach (var rule in rules)
                {
                    rule.EnterDirective(context, directive, location);
                }

                WalkArguments(directive, directive.Arguments, context.Directive?.Arguments);
                context.Directive = saved;
            }
        }

        private void WalkArguments(SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<InputValueDefinition>? definitions)
        {
            var savedOwner = context.ArgumentOwner;
            context.ArgumentOwner = owner;
            foreach (var rule in rules)
            {
                rule.EnterArguments(context, owner, arguments);
            }

            foreach (var argument in arguments)
            {
                var definition = definitions?.FirstOrDefault(d => d.Name == argument.Name.Value);
                var saved = context.Argument;
                context.Argument = definition;
                foreach (var rule in rules)
                {
                    rule.EnterArgument(context, argument);
                }

                WalkInputValue(argument.Value, definition?.Type, null, definition?.HasDefaultValue ?? false);
                context.Argument = saved;
            }

            context.ArgumentOwner = savedOwner;
        }

        private void WalkInputValue(ValueNode value, GraphQLType? type, GraphQLType? parentType, bool hasDefault)
        {
            var (savedType, savedParent, savedDefault) = (context.InputType, context.ParentInputType, context.InputHasDefault);
            context.InputType = type;
            context.ParentInputType = parentType;
            context.InputHasDefault = hasDefault;
            foreach (var rule in rules)
            {
                rule.EnterValue(context, value);
            }

            switch (value)
            {
                case VariableNode variable:
                    context.AddVariableUsage(new VariableUsage(variable, type, hasDefault, parentType?.Nullable as NamedType));
                    break;
                case ListValueNode list:
                    var itemType = (type?.Nullable as ListType)?.OfType;
                    foreach (var item in list.Values)
                    {
                        // A list literal in a non-list position is reported as a whole; its items have no expected type.
                        WalkInputValue(item, itemType, type, false);
                    }

                    break;
                case ObjectValueNode obj:
                    var objectType = type?.NamedType as InputObjectType;
                    foreach (var field in obj.Fields)
                    {
                        var fieldDefinition = objectType?.GetField(field.Name.Value);
                        var (fieldSavedType, fieldSavedParent) = (context.InputType, context.ParentInputType);
                        context.InputType = fieldDefinition?.Type;
                        context.ParentInputType = type;
                        foreach (var rule in rules)
                        {
                            rule.EnterObjectField(context, field);
                        }

                        (context.InputType, context.ParentInputType) = (fieldSavedType, fieldSavedParent);
                        WalkInputValue(field.Value, fieldDefinition?.Type, type, fieldDefinition?.HasDefaultValue ?? false);
                    }

                    break;
            }

            (context.InputType, context.ParentInputType, context.InputHasDefault) = (savedType, savedParent, savedDefault);
        }
    }
}
