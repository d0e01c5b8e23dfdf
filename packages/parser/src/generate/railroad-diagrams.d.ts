// Types for the parts of railroad-diagrams 1.0.0 (CommonJS, untyped) the generator uses.
declare module 'railroad-diagrams' {
  /** A piece of a diagram; `toString()` renders a whole diagram as SVG markup. */
  export interface RailroadItem {
    toString(): string;
  }
  type Part = RailroadItem | string;
  interface RailroadDiagrams {
    Diagram(...items: Part[]): RailroadItem;
    Sequence(...items: Part[]): RailroadItem;
    Choice(normal: number, ...items: Part[]): RailroadItem;
    Optional(item: Part, skip?: 'skip'): RailroadItem;
    OneOrMore(item: Part, repeat?: Part): RailroadItem;
    ZeroOrMore(item: Part, repeat?: Part, skip?: 'skip'): RailroadItem;
    Terminal(text: string): RailroadItem;
    NonTerminal(text: string): RailroadItem;
    Comment(text: string): RailroadItem;
    Skip(): RailroadItem;
  }
  const railroad: RailroadDiagrams;
  export default railroad;
}
