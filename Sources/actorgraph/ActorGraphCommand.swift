import ArgumentParser

@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actorgraph")
}
