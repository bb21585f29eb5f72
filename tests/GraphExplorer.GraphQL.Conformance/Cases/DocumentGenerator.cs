using System.Globalization;
using System.Text;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Conformance.Cases;

/// <summary>
/// Seeded random documents over each corpus schema: operations with nested selections, aliases, arguments (literals
/// and variables, with and without values), named and inline fragments and @skip/@include, then — for most
/// documents — one mutation that usually breaks a validation rule (a misspelt field or argument, a wrong value, a
/// missing selection, an unknown fragment or directive, a duplicate, an unused variable, a field conflict) or the
/// syntax (a cut or an inserted character). The same seed gives the same cases (System.Random with a seed is
/// deterministic), so generated ids are stable keys for known-differences.txt.
/// </summary>
internal sealed class DocumentGenerator
{
    private static readonly string[] Mutations =
    [
        "none", "none", "none", "misspell-field", "misspell-argument", "wrong-value", "drop-selection", "leaf-selection",
        "unknown-fragment", "unknown-directive", "duplicate-argument", "unused-variable", "undefined-variable",
        "conflicting-alias", "cut", "insert-character", "duplicate-operation", "anonymous-and-named",
    ];

    private const string Punctuation = "{}()[]:=@$!.|&\"#,'\\";

    private readonly Random _random;
    private readonly Schema _schema;
    private readonly List<string> _variables = [];
    private readonly List<string> _fragments = [];
    private int _fragmentCount;

    private DocumentGenerator(Schema schema, int seed)
    {
        _schema = schema;
        _random = new Random(seed);
    }

    /// <summary><paramref name="perSchema"/> cases for each corpus schema, ids <c>generated/&lt;schema&gt;: seed s #n</c>.</summary>
    public static IReadOnlyList<ConformanceCase> Generate(Corpus corpus, int perSchema, int seed)
    {
        var cases = new List<ConformanceCase>();
        foreach (var (name, sdl) in corpus.Schemas)
        {
            var generator = new DocumentGenerator(SchemaBuilder.FromSdl(sdl).Build(), unchecked((seed * 7919) + StableHash(name)));
            for (var i = 1; i <= perSchema; i++)
            {
                cases.Add(new ConformanceCase($"generated/{name}: seed {seed} #{i}", name, generator.NextDocument()));
            }
        }

        return cases;
    }

    /// <summary>Writes the cases as case files, one per schema, that <see cref="Corpus"/> reads back.</summary>
    public static void Write(string folder, IReadOnlyList<ConformanceCase> cases)
    {
        Directory.CreateDirectory(folder);
        foreach (var group in cases.GroupBy(c => c.Schema))
        {
            var text = new StringBuilder().Append("# schema: ").Append(group.Key).Append('\n');
            foreach (var testCase in group)
            {
                text.Append("# case: ").Append(testCase.Id[(testCase.Id.IndexOf(':', StringComparison.Ordinal) + 2)..]).Append('\n')
                    .Append(testCase.Document.TrimEnd()).Append("\n\n");
            }

            File.WriteAllText(Path.Combine(folder, group.Key + ".graphql"), text.ToString());
        }
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private string NextDocument()
    {
        _variables.Clear();
        _fragments.Clear();
        var mutation = Mutations[_random.Next(Mutations.Length)];
        var selection = SelectionSet(_schema.QueryType, depth: 0);
        var header = _variables.Count == 0 ? "" : "(" + string.Join(", ", _variables) + ")";
        var operation = $"query Q{_random.Next(100)}{header} {selection}";
        var document = string.Join("\n\n", new[] { operation }.Concat(_fragments)) + "\n";
        return Mutate(document, mutation);
    }

    private string Mutate(string document, string mutation)
    {
        string ReplaceOne(string pattern, Func<string, string> change)
        {
            var matches = System.Text.RegularExpressions.Regex.Matches(document, pattern);
            if (matches.Count == 0)
            {
                return document;
            }

            var match = matches[_random.Next(matches.Count)];
            return document[..match.Index] + change(match.Value) + document[(match.Index + match.Length)..];
        }

        return mutation switch
        {
            "misspell-field" => ReplaceOne(@"(?<=[{ ])[a-z][A-Za-z]*(?= |\n|\{|\()", name => name + "x"),
            "misspell-argument" => ReplaceOne(@"[a-zA-Z]+(?=: )", name => name + "z"),
            "wrong-value" => ReplaceOne(@"(?<=: )(\d+|""[^""]*""|true|false|[A-Z_]+)(?=[,)])", value => value.StartsWith('"') ? "7" : "\"text\""),
            "drop-selection" => ReplaceOne(@" \{ [^{}]*\}", _ => ""),
            "leaf-selection" => ReplaceOne(@"(?<=\{ )[a-z][A-Za-z]*(?= [a-z}])", name => name + " { __typename }"),
            "unknown-fragment" => ReplaceOne(@"\{ ", brace => brace + "...Missing "),
            "unknown-directive" => ReplaceOne(@"(?<=[a-z]) (?=[a-z}])", space => " @unknown" + space),
            "duplicate-argument" => ReplaceOne(@"\((\w+: [^,)]+)", argument => argument + ", " + argument[1..]),
            "unused-variable" => document.Replace("query Q", "query Unused($unused: Int) { __typename }\nquery Q", StringComparison.Ordinal),
            "undefined-variable" => ReplaceOne(@"(?<=\()\w+: [^,)]+", argument => argument[..argument.IndexOf(':', StringComparison.Ordinal)] + ": $undefined"),
            "conflicting-alias" => ReplaceOne(@"\{ ", brace => brace + "same: __typename same: __schema { __typename } "),
            "cut" => document[.._random.Next(document.Length)],
            "insert-character" => InsertCharacter(document),
            // The operation only: duplicated fragments as well would test graphql-js's memo of compared pairs more
            // than the rules (duplicate fragment names are covered by the corpus).
            "duplicate-operation" => document + "query " + document[6..document.IndexOf('\n', StringComparison.Ordinal)] + "\n",
            "anonymous-and-named" => "{ __typename }\n" + document,
            _ => document,
        };
    }

    private string InsertCharacter(string document)
    {
        var at = _random.Next(document.Length);
        return document[..at] + Punctuation[_random.Next(Punctuation.Length)] + document[at..];
    }

    private string SelectionSet(NamedType type, int depth)
    {
        var selections = new List<string>();
        var count = 1 + _random.Next(depth == 0 ? 3 : 4);
        for (var i = 0; i < count; i++)
        {
            selections.Add(Selection(type, depth));
        }

        return "{ " + string.Join(" ", selections) + " }";
    }

    private string Selection(NamedType type, int depth)
    {
        var roll = _random.Next(10);
        if (roll == 0)
        {
            return "__typename";
        }

        var possible = type is ObjectType o ? [o] : _schema.GetPossibleTypes(type);
        if (roll == 1 && possible.Count > 0 && depth < 3)
        {
            var target = possible[_random.Next(possible.Count)];
            return $"... on {target.Name}{Directive()} {SelectionSet(target, depth + 1)}";
        }

        if (roll == 2 && possible.Count > 0 && depth < 3)
        {
            var target = _random.Next(3) == 0 ? type : possible[_random.Next(possible.Count)];
            var name = $"F{++_fragmentCount}";
            _fragments.Add($"fragment {name} on {target.Name} {SelectionSet(target, depth + 1)}");
            return "..." + name + Directive();
        }

        if (type is not ComplexType complex || complex.Fields.Count == 0)
        {
            return "__typename";
        }

        var field = complex.Fields[_random.Next(complex.Fields.Count)];
        var alias = _random.Next(5) == 0 ? $"a{_random.Next(3)}: " : "";
        var arguments = Arguments(field);
        var named = field.Type.NamedType;
        var sub = named is ScalarType or EnumType ? "" : depth >= 3 ? " { __typename }" : " " + SelectionSet(named, depth + 1);
        return alias + field.Name + arguments + Directive() + sub;
    }

    private string Arguments(FieldDefinition field)
    {
        var given = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (!argument.IsRequired && _random.Next(2) == 0)
            {
                continue;
            }

            if (_random.Next(4) == 0)
            {
                var variable = $"v{_variables.Count}";
                var defaultValue = _random.Next(3) == 0 ? " = " + Value(argument.Type.Nullable, 0) : "";
                _variables.Add($"${variable}: {argument.Type}{defaultValue}");
                given.Add($"{argument.Name}: ${variable}");
            }
            else
            {
                given.Add($"{argument.Name}: {Value(argument.Type, 0)}");
            }
        }

        return given.Count == 0 ? "" : "(" + string.Join(", ", given) + ")";
    }

    private string Directive() => _random.Next(8) switch
    {
        0 => " @include(if: true)",
        1 => " @skip(if: " + (_random.Next(2) == 0 ? "true" : "false") + ")",
        _ => "",
    };

    private string Value(GraphQLType type, int depth)
    {
        if (type is not NonNullType && _random.Next(8) == 0)
        {
            return "null";
        }

        switch (type.Nullable)
        {
            case ListType list:
                return _random.Next(3) == 0
                    ? Value(list.OfType, depth + 1)
                    : "[" + string.Join(", ", Enumerable.Range(0, _random.Next(3)).Select(_ => Value(list.OfType, depth + 1))) + "]";
            case EnumType e:
                return e.Values[_random.Next(e.Values.Count)].Name;
            case InputObjectType input:
                var fields = input.IsOneOf
                    ? [input.Fields[_random.Next(input.Fields.Count)]]
                    : input.Fields.Where(f => f.IsRequired || (depth < 2 && _random.Next(2) == 0));
                return "{" + string.Join(", ", fields.Select(f => $"{f.Name}: {Value(f.Type, depth + 1)}")) + "}";
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => _random.Next(-5, 100).ToString(CultureInfo.InvariantCulture),
                    "Float" => (_random.Next(-500, 500) / 4.0).ToString("0.0##", CultureInfo.InvariantCulture),
                    "Boolean" => _random.Next(2) == 0 ? "true" : "false",
                    "ID" => _random.Next(2) == 0 ? _random.Next(10).ToString(CultureInfo.InvariantCulture) : $"\"id{_random.Next(10)}\"",
                    _ => $"\"s{_random.Next(10)}\"",
                };
            default:
                return "null";
        }
    }
}
