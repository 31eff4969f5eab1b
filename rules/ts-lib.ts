// The TypeScript compiler API as ts-morph ships it, loaded with require(): ts-morph is CommonJS, and an
// ESM import of it made Node scan the source of ts-morph and of the compiler it bundles for exports
// (~0.2–0.5 s of CPU on the first TS/JS candidate, measured with --cpu-prof). Rules import `ts` from here.
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

export const ts: typeof TsMorph.ts = (createRequire(import.meta.url)("ts-morph") as typeof TsMorph).ts;

/** The compiler types the rules name, under the same `ts.` prefix as the value. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace ts {
  export type ArrayLiteralExpression = TsMorph.ts.ArrayLiteralExpression;
  export type AsExpression = TsMorph.ts.AsExpression;
  export type CallExpression = TsMorph.ts.CallExpression;
  export type Declaration = TsMorph.ts.Declaration;
  export type DiagnosticWithLocation = TsMorph.ts.DiagnosticWithLocation;
  export type Expression = TsMorph.ts.Expression;
  export type Identifier = TsMorph.ts.Identifier;
  export type JsxAttribute = TsMorph.ts.JsxAttribute;
  export type ModifierFlags = TsMorph.ts.ModifierFlags;
  export type NewExpression = TsMorph.ts.NewExpression;
  export type NoSubstitutionTemplateLiteral = TsMorph.ts.NoSubstitutionTemplateLiteral;
  export type Node = TsMorph.ts.Node;
  export type NodeFlags = TsMorph.ts.NodeFlags;
  export type NonNullExpression = TsMorph.ts.NonNullExpression;
  export type ObjectLiteralExpression = TsMorph.ts.ObjectLiteralExpression;
  export type ParenthesizedExpression = TsMorph.ts.ParenthesizedExpression;
  export type PropertyAssignment = TsMorph.ts.PropertyAssignment;
  export type SatisfiesExpression = TsMorph.ts.SatisfiesExpression;
  export type ScriptKind = TsMorph.ts.ScriptKind;
  export type ScriptTarget = TsMorph.ts.ScriptTarget;
  export type ShorthandPropertyAssignment = TsMorph.ts.ShorthandPropertyAssignment;
  export type SourceFile = TsMorph.ts.SourceFile;
  export type StringLiteral = TsMorph.ts.StringLiteral;
  export type SyntaxKind = TsMorph.ts.SyntaxKind;
  export type TemplateHead = TsMorph.ts.TemplateHead;
  export type TemplateMiddle = TsMorph.ts.TemplateMiddle;
  export type TemplateTail = TsMorph.ts.TemplateTail;
  export type TypeAssertion = TsMorph.ts.TypeAssertion;
  export type VariableDeclaration = TsMorph.ts.VariableDeclaration;
}
