using System.Xml.Linq;
using GraphExplorer.Application.Loading;
using GraphExplorer.Cypher.Scripts;

namespace GraphExplorer.Architecture.Tests;

/// <summary>
/// The application depends only on the database abstraction (issue #12): neither its project file nor its compiled
/// assembly names a backend (the embedded engine, the Neo4j client) or a protocol host (Bolt, the Query API), so a Neo4j
/// deployment does not ship the embedded engine. Both are read: the compiler leaves out of an assembly the references
/// it does not use, so the project file catches a reference before its first use.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>The projects the application may build on.</summary>
    private static readonly string[] ApplicationMayReference = ["GraphExplorer.Database", "GraphExplorer.GraphQL", "GraphExplorer.Cypher.Scripts"];

    [Fact]
    public void The_application_assembly_references_no_backend_and_no_protocol_host()
    {
        var references = typeof(ScriptLoader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().Contain("GraphExplorer.Database");
        references.Where(name => name.StartsWith("GraphExplorer.", StringComparison.Ordinal))
            .Should().BeSubsetOf(ApplicationMayReference, "the application talks to databases only through GraphExplorer.Database");
    }

    [Fact]
    public void The_application_project_references_no_backend_and_no_protocol_host()
    {
        ProjectReferences("src/GraphExplorer.Application/GraphExplorer.Application.csproj")
            .Should().BeSubsetOf(ApplicationMayReference);
    }

    [Fact]
    public void The_script_library_references_nothing_but_the_base_class_library()
    {
        typeof(ScriptSplitter).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().OnlyContain(name => name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib");
        ProjectReferences("src/GraphExplorer.Cypher.Scripts/GraphExplorer.Cypher.Scripts.csproj").Should().BeEmpty();
    }

    [Fact]
    public void The_database_abstraction_references_no_other_project()
    {
        ProjectReferences("src/GraphExplorer.Database/GraphExplorer.Database.csproj").Should().BeEmpty();
    }

    /// <summary>The names of the projects a project file references.</summary>
    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, project))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
}
