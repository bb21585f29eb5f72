namespace GraphExplorer.Server.Bolt;

/// <summary>Registers the Bolt server (see <see cref="BoltHostedService"/>) with the web host.</summary>
internal static class BoltHosting
{
    public static void AddBolt(WebApplicationBuilder builder)
    {
        builder.Services.Configure<BoltSettings>(builder.Configuration.GetSection(BoltSettings.Section));
        builder.Services.AddSingleton<BoltHostedService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BoltHostedService>());
    }
}
