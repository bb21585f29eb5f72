using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// Reads a mapping file (YAML; its form is documented in cypher/README.md, "A spreadsheet") into an
/// <see cref="ImportMapping"/>, checking it against the model: labels and relationship types of the model, relationship
/// ends of the types the model allows, property names that are names (neither <c>key</c> nor the derived
/// <c>searchText</c>), constants of their type. Every mistake is reported at its line and column of the mapping file,
/// all at once. Stateless.
/// </summary>
public static partial class ImportMappingReader
{
    private static readonly string[] TopLevel = ["csv", "json", "delimiter", "source", "quote", "ignore", "entities", "relationships"];

    /// <exception cref="ImportException">The file cannot be read as a mapping; every mistake is listed.</exception>
    public static ImportMapping Read(string path)
    {
        var errors = new List<LoadError>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }

            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
                ?? throw new ImportException([new LoadError(path, 1, 1, "a mapping file is a YAML map (csv:, source:, quote:, entities:, …)")]);
        }
        catch (YamlException exception)
        {
            throw new ImportException([new LoadError(path, (int)exception.Start.Line, (int)exception.Start.Column, $"not valid YAML: {exception.Message}")]);
        }

        var context = new Context(path, errors);
        foreach (var (name, _) in root.Children)
        {
            if (!TopLevel.Contains(Text(name)))
            {
                context.Error(name, $"unknown setting '{Text(name)}' (a mapping has {string.Join(", ", TopLevel)})");
            }
        }

        var (csvNode, jsonNode) = (Child(root, "csv"), Child(root, "json"));
        var format = jsonNode is null ? ImportFormat.Csv : ImportFormat.Json;
        if ((csvNode is null) == (jsonNode is null))
        {
            context.Error(jsonNode ?? root, "a mapping reads one data file: csv: agreements.csv (a spreadsheet) or json: agreements.json (records)");
        }

        var data = (csvNode ?? jsonNode) is YamlScalarNode dataNode ? Text(dataNode) : "";
        var delimiter = ',';
        if (Child(root, "delimiter") is { } delimiterNode)
        {
            var text = Text(delimiterNode);
            delimiter = format == ImportFormat.Json
                ? context.Error(delimiterNode, "delimiter: is for a CSV spreadsheet; JSON has none", ',')
                : text.Length == 1 ? text[0] : context.Error(delimiterNode, "the delimiter is one character (',' or ';' or a tab)", ',');
        }

        var source = context.Required(root, "source") is { } sourceNode
            ? sourceNode is YamlScalarNode constant
                ? SourceKey(context, constant)
                : context.Value(sourceNode, ImportType.Text)
            : Missing;
        var quoteNode = context.Required(root, "quote");
        var quote = quoteNode is null ? Missing : context.Value(quoteNode, ImportType.Text);
        if (quoteNode is not null && quote.Constant is not null)
        {
            context.Error(quoteNode, "the quote is a column of the spreadsheet: each row quotes its own sentence");
        }

        var ignored = new HashSet<string>(StringComparer.Ordinal);
        if (Child(root, "ignore") is { } ignoreNode)
        {
            if (ignoreNode is YamlSequenceNode columns)
            {
                ignored.UnionWith(columns.Children.Select(Text));
            }
            else
            {
                context.Error(ignoreNode, "ignore is a list of columns: [notes, checked]");
            }
        }

        var entities = new List<EntityMapping>();
        // Entities with a mistake of their own: relationships naming them are not reported again.
        var broken = new HashSet<string>(StringComparer.Ordinal);
        if (context.Required(root, "entities") is YamlMappingNode entityNodes)
        {
            foreach (var (name, node) in entityNodes.Children)
            {
                if (ReadEntity(context, Text(name), node) is { } entity)
                {
                    entities.Add(entity);
                }
                else
                {
                    broken.Add(Text(name));
                }
            }
        }

        var relationships = new List<RelationshipMapping>();
        if (Child(root, "relationships") is { } relationshipNodes)
        {
            if (relationshipNodes is YamlSequenceNode list)
            {
                relationships.AddRange(list.Children.Select(node => ReadRelationship(context, node, entities, broken)).OfType<RelationshipMapping>());
            }
            else
            {
                context.Error(relationshipNodes, "relationships is a list: - {from: party, type: PARTY_TO, to: agreement}");
            }
        }

        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        return new ImportMapping(path, System.IO.Path.Combine(folder, data), format, delimiter, source, quote, ignored, entities, relationships);
    }

    private static readonly ImportValue Missing = new(null, null, ImportType.Text, 1);

    private static ImportValue SourceKey(Context context, YamlScalarNode node)
    {
        var key = Text(node);
        if (GraphModel.TypeOfKey(key) != EntityType.Source)
        {
            context.Error(node, $"'{key}' is not a source key (src:…); to read the source from a column, write source: {{column: name}}");
        }

        return new ImportValue(null, key, ImportType.Text, Line(node));
    }

    private static EntityMapping? ReadEntity(Context context, string name, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return context.Error<EntityMapping?>(node, $"entity '{name}' is a map: {{label: Organization, key: column, properties: {{…}}}}", null);
        }

        context.Only(map, $"entity '{name}'", "label", "key", "existing", "properties");
        var labelNode = context.Required(map, "label");
        var type = labelNode is null ? null : GraphModel.TypeOfLabel(Text(labelNode));
        if (labelNode is not null && type is null)
        {
            context.Error(labelNode, $"'{Text(labelNode)}' is not a label of the model ({string.Join(", ", GraphModel.EntityTypes.Select(GraphModel.Label))})");
        }

        var key = context.Required(map, "key") is { } keyNode ? context.Value(keyNode, ImportType.Text) : Missing;
        var existing = Child(map, "existing") is { } existingNode && context.Flag(existingNode);
        var properties = new List<PropertyMapping>();
        if (Child(map, "properties") is { } propertyNodes)
        {
            if (existing)
            {
                context.Error(propertyNodes, $"entity '{name}' is existing: it is referenced by its key, never changed (drop its properties, or existing: false)");
            }

            properties.AddRange(context.Properties(propertyNodes));
        }

        return type is null ? null : new EntityMapping(name, type.Value, key, existing, properties, Line(map));
    }

    private static RelationshipMapping? ReadRelationship(Context context, YamlNode node, List<EntityMapping> entities, HashSet<string> broken)
    {
        if (node is not YamlMappingNode map)
        {
            return context.Error<RelationshipMapping?>(node, "a relationship is a map: {from: party, type: PARTY_TO, to: agreement, properties: {…}}", null);
        }

        context.Only(map, "a relationship", "from", "type", "to", "properties");
        var from = End(context, context.Required(map, "from"), entities, broken);
        var typeNode = context.Required(map, "type");
        var to = End(context, context.Required(map, "to"), entities, broken);
        var properties = Child(map, "properties") is { } propertyNodes ? context.Properties(propertyNodes) : [];
        if (typeNode is null)
        {
            return null;
        }

        var type = Text(typeNode);
        if (!GraphModel.Relationships.TryGetValue(type, out var rule) || type == GraphModel.CitedIn)
        {
            var types = GraphModel.Relationships.Keys.Where(t => t != GraphModel.CitedIn).Order(StringComparer.Ordinal);
            return context.Error<RelationshipMapping?>(typeNode, $"'{type}' is not a relationship type of the model ({string.Join(", ", types)}); " +
                "citations are made by the import itself", null);
        }

        if (from is null || to is null)
        {
            return null;
        }

        if (!rule.From.Contains(from.Type) || !rule.To.Contains(to.Type))
        {
            return context.Error<RelationshipMapping?>(typeNode, $"{type} goes from {GraphModel.DescribeIds(rule.From)} to {GraphModel.DescribeIds(rule.To)}, " +
                $"not from {from.Label} '{from.Name}' to {to.Label} '{to.Name}'", null);
        }

        return new RelationshipMapping(from, type, to, properties, Line(map));
    }

    private static EntityMapping? End(Context context, YamlNode? node, List<EntityMapping> entities, HashSet<string> broken)
    {
        if (node is null)
        {
            return null;
        }

        var name = Text(node);
        return entities.FirstOrDefault(e => e.Name == name)
            ?? (broken.Contains(name) ? null : context.Error<EntityMapping?>(node, $"no entity '{name}' in entities: ({string.Join(", ", entities.Select(e => e.Name))})", null));
    }

    private static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode key && key.Value == name).Value;

    private static string Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : "";

    private static int Line(YamlNode node) => (int)node.Start.Line;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex PropertyName();

    /// <summary>The file being read and the mistakes found so far.</summary>
    private sealed class Context(string path, List<LoadError> errors)
    {
        public void Error(YamlNode node, string message) =>
            errors.Add(new LoadError(path, (int)node.Start.Line, (int)node.Start.Column, message));

        public T Error<T>(YamlNode node, string message, T fallback)
        {
            Error(node, message);
            return fallback;
        }

        public YamlNode? Required(YamlMappingNode map, string name) =>
            Child(map, name) ?? Error<YamlNode?>(map, $"'{name}' is missing", null);

        public void Only(YamlMappingNode map, string what, params string[] names)
        {
            foreach (var (name, _) in map.Children)
            {
                if (!names.Contains(Text(name)))
                {
                    Error(name, $"unknown setting '{Text(name)}' of {what} (it has {string.Join(", ", names)})");
                }
            }
        }

        public bool Flag(YamlNode node) => Text(node) switch
        {
            "true" => true,
            "false" => false,
            _ => Error(node, "write true or false", false),
        };

        public List<PropertyMapping> Properties(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                return Error(node, "properties is a map: {title: column, signedDate: {column: signed, type: date, precision: signedDatePrecision}}",
                    new List<PropertyMapping>());
            }

            var properties = new List<PropertyMapping>();
            foreach (var (nameNode, valueNode) in map.Children)
            {
                var name = Text(nameNode);
                if (!PropertyName().IsMatch(name) || name is "key" or "searchText" or "sources" or "quotes")
                {
                    Error(nameNode, name is "key" or "searchText" or "sources" or "quotes"
                        ? $"'{name}' is the import's to write (the key from key:, searchText from the names, sources and quotes from the row's source and quote)"
                        : $"'{name}' is not a property name (letters, digits and _, starting with a letter)");
                    continue;
                }

                var value = Value(valueNode, ImportType.Text);
                if (value.PrecisionProperty is { } precision && !PropertyName().IsMatch(precision))
                {
                    Error(valueNode, $"'{precision}' is not a property name");
                }

                properties.Add(new PropertyMapping(name, value));
            }

            return properties;
        }

        /// <summary>A column (a plain name) or <c>{column|value, type, precision, separator}</c>.</summary>
        public ImportValue Value(YamlNode node, ImportType type)
        {
            if (node is YamlScalarNode column)
            {
                return new ImportValue(Text(column), null, type, Line(node));
            }

            if (node is not YamlMappingNode map)
            {
                return Error(node, "a value is a column's name or {column: name, type: text}", Missing);
            }

            Only(map, "a value", "column", "value", "type", "precision", "separator");
            if (Child(map, "type") is { } typeNode)
            {
                type = Enum.TryParse<ImportType>(Text(typeNode), ignoreCase: true, out var parsed) && Text(typeNode).All(char.IsLower)
                    ? parsed
                    : Error(typeNode, $"'{Text(typeNode)}' is not a type (text, integer, number, boolean, date, list)", ImportType.Text);
            }

            var separator = Child(map, "separator") is { } separatorNode ? Text(separatorNode) : "|";
            var precisionNode = Child(map, "precision");
            var precision = precisionNode is null ? null : Text(precisionNode);
            if (precisionNode is not null && type != ImportType.Date)
            {
                Error(precisionNode, "precision: names where a date's precision goes; this value is not a date");
            }
            else if (precision is null && type == ImportType.Date)
            {
                Error(map, "a date needs precision: the property that keeps its precision (signedDate → signedDatePrecision, startDate → datePrecision)");
            }

            var (columnNode, constantNode) = (Child(map, "column"), Child(map, "value"));
            if ((columnNode is null) == (constantNode is null))
            {
                return Error(map, "a value has either column: (read from each row) or value: (the same for every row)", Missing);
            }

            if (columnNode is not null)
            {
                return new ImportValue(Text(columnNode), null, type, Line(map), precision, separator);
            }

            if (!ImportCells.TryConvert(Text(constantNode!), type, separator, out _, out var error))
            {
                Error(constantNode!, error);
            }

            return new ImportValue(null, Text(constantNode!), type, Line(map), precision, separator);
        }
    }
}
