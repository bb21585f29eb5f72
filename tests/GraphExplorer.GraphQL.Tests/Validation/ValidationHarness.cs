using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js's validation test harness: one shared schema (pets, humans, complicated arguments) and helpers that run a
/// single rule and render each error as "message @ line:column, …".
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }
        type Cat implements Pet { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
        union CatOrDog = Cat | Dog
        type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! iq: Int }
        type Alien { name(surname: Boolean): String numEyes: Int }
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }
        input OneOfInput @oneOf { stringField: String intField: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }
        type SubscriptionRoot { importantEmails: [String] notImportantEmails: [String] }
        schema { query: QueryRoot subscription: SubscriptionRoot }
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD
        directive @withArgs(req: Int!, opt: String = "x") on FIELD
        """;

    public static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl).Build();

    public static List<string> Errors<TRule>(string query)
        where TRule : ValidationRule, new() => Errors(query, new TRule());

    public static List<string> Errors(string query, ValidationRule rule) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [rule])
            .Select(e => e.Message + " @ " + string.Join(", ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}")))
            .ToList();

    public static void ExpectValid<TRule>(string query)
        where TRule : ValidationRule, new() => Errors<TRule>(query).Should().BeEmpty();
}
