using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

internal sealed partial class WriteTransaction
{
    /// <summary>Creates an index; returns false (and changes nothing) when an equivalent index exists.</summary>
    public bool CreateIndex(IndexDefinition index)
    {
        if (Schema.HasSchemaRuleNamed(index.Name))
        {
            if (Schema.Indexes.Any(i => i.Name == index.Name && i.Covers(index.LabelOrType, index.Properties)))
            {
                return false;
            }

            throw Semantics.CypherErrors.SchemaError("EquivalentSchemaRuleAlreadyExists",
                $"There already exists an index or constraint called '{index.Name}'.");
        }

        if (Schema.Indexes.Any(i => i.OnRelationships == index.OnRelationships && i.Covers(index.LabelOrType, index.Properties)))
        {
            return false;
        }

        var data = IndexData.Empty;
        if (!index.OnRelationships)
        {
            var builder = data.Entries.ToBuilder();
            foreach (var node in baseSnapshot.NodesWithLabel(index.LabelOrType))
            {
                var key = IndexData.KeyOf(index, node);
                if (key is not null)
                {
                    builder[key] = builder.TryGetValue(key, out var ids) ? ids.Add(node.Id) : ImmutableSortedSet.Create(node.Id);
                }
            }

            data = new IndexData(builder.ToImmutable());
        }

        Schema = Schema with { Indexes = Schema.Indexes.Add(index), Data = Schema.Data.SetItem(index.Name, data) };
        foreach (var node in nodes.Values)
        {
            if (!node.Deleted)
            {
                Indexed(node);
            }
        }

        touchedInStatement.Clear();
        if (!index.OwnedByConstraint)
        {
            Record(() => new CreateIndex(index.Name, index.OnRelationships, index.LabelOrType, index.Properties));
        }

        return true;
    }

    /// <summary>Drops an index; returns false when there is none of that name.</summary>
    public bool DropIndex(string name)
    {
        if (DropFullTextIndex(name))
        {
            return true;
        }

        var index = Schema.Indexes.FirstOrDefault(i => i.Name == name && !i.OwnedByConstraint);
        if (index is null)
        {
            return false;
        }

        Schema = Schema with { Indexes = Schema.Indexes.Remove(index), Data = Schema.Data.Remove(name) };
        indexAdditions.Remove(name);
        Record(() => new DropIndex(name));
        return true;
    }

    /// <summary>
    /// Creates a constraint after checking that the current data satisfies it; returns false when an equivalent one
    /// exists. A uniqueness constraint owns an index of the same name.
    /// </summary>
    public bool CreateConstraint(ConstraintDefinition constraint)
    {
        var equivalent = Schema.Constraints.FirstOrDefault(c =>
            c.OnRelationships == constraint.OnRelationships && c.LabelOrType == constraint.LabelOrType
            && c.Properties.SequenceEqual(constraint.Properties) && c.Kind == constraint.Kind);
        if (equivalent is not null)
        {
            return false;
        }

        if (Schema.HasSchemaRuleNamed(constraint.Name))
        {
            throw Semantics.CypherErrors.SchemaError("EquivalentSchemaRuleAlreadyExists",
                $"There already exists an index or constraint called '{constraint.Name}'.");
        }

        if (!constraint.OnRelationships)
        {
            var seen = new Dictionary<object, long>(ValueComparer.PropertyKeyEquality);
            var probe = new IndexDefinition(constraint.Name, false, constraint.LabelOrType, constraint.Properties, "RANGE", true);
            foreach (var node in NodesWithLabel(constraint.LabelOrType))
            {
                if (constraint.RequiresExistence && constraint.Properties.Any(p => node.Properties.Get(p) is null))
                {
                    throw Semantics.CypherErrors.ConstraintViolation(
                        $"Unable to create constraint {constraint.Name}: Node({node.Id}) with label `{constraint.LabelOrType}` lacks a required property");
                }

                if (constraint.TypeViolation(node) is { } typeViolation)
                {
                    throw Semantics.CypherErrors.ConstraintViolation($"Unable to create constraint {constraint.Name}: {typeViolation}");
                }

                var key = IndexData.KeyOf(probe, node);
                if (constraint.RequiresUniqueness && key is not null && !seen.TryAdd(key, node.Id))
                {
                    throw Semantics.CypherErrors.ConstraintViolation(
                        $"Unable to create constraint {constraint.Name}: Both Node({seen[key]}) and Node({node.Id}) have the label "
                        + $"`{constraint.LabelOrType}` and the same value for {string.Join(", ", constraint.Properties)}");
                }
            }

            if (constraint.RequiresUniqueness)
            {
                CreateIndex(probe);
            }
        }

        Schema = Schema with { Constraints = Schema.Constraints.Add(constraint) };
        Record(() => new CreateConstraint(constraint.Name, constraint.OnRelationships, constraint.LabelOrType, constraint.Properties, constraint.Kind));
        return true;
    }

    public bool DropConstraint(string name)
    {
        var constraint = Schema.Constraints.FirstOrDefault(c => c.Name == name);
        if (constraint is null)
        {
            return false;
        }

        Schema = Schema with { Constraints = Schema.Constraints.Remove(constraint) };
        var owned = Schema.Indexes.FirstOrDefault(i => i.Name == name && i.OwnedByConstraint);
        if (owned is not null)
        {
            Schema = Schema with { Indexes = Schema.Indexes.Remove(owned), Data = Schema.Data.Remove(name) };
            indexAdditions.Remove(name);
        }

        Record(() => new DropConstraint(name));
        return true;
    }
}
