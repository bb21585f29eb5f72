using System.Reflection;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>
/// Makes in-memory instances of the embedded engine, the backend the TCK is run against:
/// <c>GraphExplorer.Cypher.EmbeddedGraphDatabase.CreateInMemory()</c>.
/// </summary>
/// <remarks>
/// The factory is found by name in the GraphExplorer.Cypher assembly rather than called directly, so this harness
/// builds while the executor is still being written; until it exists every scenario fails with the message below.
/// </remarks>
public static class EmbeddedEngine
{
    private const string TypeName = "GraphExplorer.Cypher.EmbeddedGraphDatabase";
    private const string MethodName = "CreateInMemory";

    private static readonly Lazy<Func<IGraphDatabase>> Factory = new(Resolve);

    /// <summary>A new, empty in-memory database.</summary>
    /// <exception cref="InvalidOperationException">The engine does not provide the factory.</exception>
    public static IGraphDatabase CreateInMemory() => Factory.Value();

    private static Func<IGraphDatabase> Resolve()
    {
        var assembly = typeof(GraphExplorer.Cypher.Syntax.Ast.SyntaxNode).Assembly;
        var method = assembly.GetType(TypeName)?.GetMethod(MethodName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        if (method is null || !typeof(IGraphDatabase).IsAssignableFrom(method.ReturnType))
        {
            return () => throw new InvalidOperationException(
                $"The embedded engine is not available: {assembly.GetName().Name} has no public static {TypeName}.{MethodName}() returning IGraphDatabase.");
        }

        return method.CreateDelegate<Func<IGraphDatabase>>();
    }
}
