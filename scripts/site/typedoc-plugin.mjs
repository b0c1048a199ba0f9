// @ts-check
/**
 * Local TypeDoc plugin for the cailiang site (loaded by typedoc.json).
 *
 * The rule-file and case types are declared twice, as a zod schema (a value) and as its inferred type
 * (`export type Tier = z.infer<typeof Tier>`). Left alone, TypeDoc prints the zod type tree of the value
 * (`ZodObject<{ id: ZodString; … }>`) and expands every inferred type inline wherever it is used, so one rule-file
 * field is shown (and must be documented) dozens of times. This plugin:
 *
 * 0. shows an inferred alias as the type it resolves to (`@useDeclaredType`): its fields, each documented where the
 *    schema declares it, instead of `z.infer<typeof Tier>`;
 * 1. drops the value side of a schema where the entry point exports only the type, and shows an exported schema
 *    value as `ZodType<Name>` linking to the inferred type;
 * 2. shows a schema field whose zod expression names another exported schema (`label: Localized`,
 *    `tiers: z.array(Tier)`, `bases: z.record(JurisdictionId, LegalBasis)`) as a link to that type instead of
 *    expanding it;
 * 3. converts interface properties typed with an inferred alias (`edition: EditionFile`) from the written type, so
 *    they link instead of expanding;
 * 4. adds a "Playground" link at the top of every page's sidebar, relative to the page (TypeDoc's
 *    `navigationLinks` are written as given, and the site may be served from a sub-path), a large one at the top of
 *    the front page and the playground guide, and one at the top of every page on screens where the sidebar is
 *    folded away;
 * 5. includes a placeholder page for the yrd-2023 → yrd-2025 diff report while the generated report
 *    (docs/benchmark/diff-yrd-2023-yrd-2025.md, picked up by the docs/benchmark/*.md glob) is absent;
 * 6. puts the documents generated or owned elsewhere (the legal model, the benchmark tables and reports), which
 *    carry no front matter, into the navigation groups "Guides" and "Benchmark" with readable titles.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import {
  Application,
  ArrayType,
  Comment,
  Converter,
  IntrinsicType,
  JSX,
  LiteralType,
  ReferenceType,
  ReflectionKind,
  ReflectionType,
  UnionType,
} from "typedoc";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Generated diff reports the site expects, and the page shown until each exists. */
const DIFF_REPORTS = [["docs/benchmark/diff-yrd-2023-yrd-2025.md", "docs/diff-placeholder.md"]];

/** [document name, navigation group, navigation title] for the documents that carry no front matter. */
const DOCUMENTS = /** @type {[RegExp, string, string?][]} */ ([
  [/^legal-model$/, "Guides", "The legal model"],
  [/^benchmark\/diff-(.+)-(yrd-.+)$/, "Benchmark", "Diff $1 to $2"],
  [/^benchmark\/convergence-(.+)$/, "Benchmark", "Convergence $1"],
  [/^benchmark\/(.+)$/, "Benchmark", "Benchmark table $1"],
  [/^Diff /, "Benchmark"],
]);

/** Zod methods that keep the inferred type (refinements), and the one that adds `null`. */
const KEEPS_TYPE = new Set([
  "optional",
  "min",
  "max",
  "int",
  "positive",
  "nonnegative",
  "regex",
  "length",
  "describe",
  "meta",
]);

/** @param {import("typedoc").Application} app */
export function load(app) {
  // 5. placeholders for diff reports not generated yet.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const documents = /** @type {string[]} */ (app.options.getValue("projectDocuments"));
    const missing = DIFF_REPORTS.filter(([report]) => !existsSync(join(root, report))).map(([, placeholder]) =>
      join(root, placeholder),
    );
    if (missing.length > 0) app.options.setValue("projectDocuments", [...documents, ...missing]);
  });

  /** @type {Set<string> | undefined} */
  let exportedTypes;

  /**
   * Names the entry points export as types (computed once per conversion).
   * @param {import("typedoc").Context} context
   */
  const exported = (context) => {
    if (exportedTypes) return exportedTypes;
    exportedTypes = new Set();
    const checker = context.checker;
    const entryPoints = new Set(
      /** @type {string[]} */ (app.options.getValue("entryPoints")).map((p) => resolve(p).replace(/\.[cm]?tsx?$/, "")),
    );
    for (const file of context.program.getRootFileNames()) {
      if (!entryPoints.has(resolve(file).replace(/\.[cm]?tsx?$/, ""))) continue;
      const source = context.program.getSourceFile(file);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) continue;
      for (const s of checker.getExportsOfModule(moduleSymbol)) {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) exportedTypes.add(s.name);
      }
    }
    return exportedTypes;
  };
  app.converter.on(Converter.EVENT_BEGIN, () => {
    exportedTypes = undefined;
  });

  /**
   * The inferred-type alias an identifier names (`Tier` → `type Tier = z.infer<typeof Tier>`), if it is exported.
   * @param {import("typedoc").Context} context
   * @param {ts.Node} node
   * @returns {ts.Symbol | undefined}
   */
  const inferredAlias = (context, node) => {
    if (!ts.isIdentifier(node)) return undefined;
    let symbol = context.checker.getSymbolAtLocation(node);
    if (!symbol) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
    const alias = symbol.declarations?.find(ts.isTypeAliasDeclaration);
    if (!alias || !/^z\.infer<typeof /.test(alias.type.getText())) return undefined;
    return exported(context).has(node.text) ? symbol : undefined;
  };

  /**
   * The TypeDoc type of a zod expression when it is built from exported schemas, else undefined.
   * @param {import("typedoc").Context} context
   * @param {ts.Expression} expr
   * @returns {import("typedoc").SomeType | undefined}
   */
  const zodType = (context, expr) => {
    if (ts.isIdentifier(expr)) {
      const symbol = inferredAlias(context, expr);
      return symbol ? context.createSymbolReference(symbol, context, expr.text) : undefined;
    }
    if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return undefined;
    const method = expr.expression.name.text;
    const receiver = expr.expression.expression;
    if (ts.isIdentifier(receiver) && receiver.text === "z") {
      const [a, b] = expr.arguments;
      if (method === "array" && a) {
        const inner = zodType(context, a);
        return inner && new ArrayType(inner);
      }
      if (method === "record" && b) {
        const inner = zodType(context, b);
        if (!inner) return undefined;
        const record = ReferenceType.createBrokenReference("Record", context.project);
        record.package = "typescript";
        record.typeArguments = [new IntrinsicType("string"), inner];
        return record;
      }
      if (method === "union" && a && ts.isArrayLiteralExpression(a)) {
        const parts = a.elements.map((e) => zodType(context, /** @type {ts.Expression} */ (e)));
        return parts.every(Boolean) ? new UnionType(/** @type {import("typedoc").SomeType[]} */ (parts)) : undefined;
      }
      return undefined;
    }
    const inner = zodType(context, receiver);
    if (!inner) return undefined;
    if (method === "nullable") return new UnionType([inner, new LiteralType(null)]);
    return KEEPS_TYPE.has(method) ? inner : undefined;
  };

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // 0. an inferred alias (`type Tier = z.infer<typeof Tier>`): show the type it resolves to, not `z.infer<…>`.
    if (reflection.kindOf(ReflectionKind.TypeAlias)) {
      const symbol = context.getSymbolFromReflection(reflection);
      const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      if (symbol && alias && /^z\.infer<typeof /.test(alias.type.getText())) {
        // TypeDoc converts the alias after this event; @useDeclaredType makes it convert the resolved type, and
        // an object type's fields then become the alias's own members.
        reflection.comment ??= new Comment();
        reflection.comment.modifierTags.add("@useDeclaredType");
      }
      return;
    }
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return;
    // 2. a schema field: `label: Localized`, `tiers: z.array(Tier)` …
    if (ts.isPropertyAssignment(declaration)) {
      const type = zodType(context, declaration.initializer);
      if (!type) return;
      if (reflection.type) removeTypeLiterals(context.project, reflection.type);
      reflection.type = type;
      return;
    }
    // 3. an interface property written with an inferred alias: convert from the written type.
    if (ts.isPropertySignature(declaration) && declaration.type && mentionsAlias(declaration.type)) {
      if (reflection.type) removeTypeLiterals(context.project, reflection.type);
      reflection.type = context.converter.convertType(context.withScope(reflection), declaration.type);
    }

    /** @param {ts.Node} node */
    function mentionsAlias(node) {
      /** @type {boolean} */
      let found = false;
      /** @param {ts.Node} n */
      const visit = (n) => {
        if (found) return;
        if (ts.isTypeReferenceNode(n) && inferredAlias(context, n.typeName)) found = true;
        else ts.forEachChild(n, visit);
      };
      visit(node);
      return found;
    }
  });

  // 1. the value side of the schemas.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    // 6. documents owned elsewhere (no front matter): their group and navigation title.
    for (const doc of project.documents ?? []) {
      const placed = DOCUMENTS.find(([pattern]) => pattern.test(doc.name));
      if (!placed) continue;
      const [pattern, group, title] = placed;
      doc.frontmatter = { ...doc.frontmatter, group };
      if (title) doc.name = doc.name.replace(pattern, title);
    }
    for (const refl of project.getReflectionsByKind(ReflectionKind.Variable | ReflectionKind.TypeAlias)) {
      const decl = /** @type {import("typedoc").DeclarationReflection} */ (refl);
      const type = decl.type;
      if (!(type instanceof ReferenceType) || !/^Zod[A-Z]/.test(type.name)) continue;
      if (decl.kindOf(ReflectionKind.TypeAlias)) {
        // The value side of a schema exported with `export type { X }`: the type side documents it.
        project.removeReflection(decl);
        continue;
      }
      removeTypeLiterals(project, type);
      const parent = /** @type {import("typedoc").ContainerReflection | undefined} */ (decl.parent);
      const target = parent?.children?.find(
        (c) => c !== decl && c.name === decl.name && c.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface),
      );
      const schema = ReferenceType.createBrokenReference("ZodType", project);
      schema.package = "zod";
      schema.externalUrl = "https://zod.dev/api";
      schema.typeArguments = target ? [ReferenceType.createResolvedReference(target.name, target, project)] : [];
      decl.type = schema;
    }
  });

  // 4. the playground link: in the sidebar, as a large button on the front page and the playground guide, and at
  // the top of every other page on a narrow screen, where TypeDoc folds the sidebar away.
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation cailiang-links" },
      JSX.createElement("a", { href: context.relativeURL("playground/index.html") }, "▶ Playground 试算"),
    ),
  );
  app.renderer.hooks.on("head.end", () =>
    JSX.createElement("style", {}, JSX.createElement(JSX.Raw, { html: PLAYGROUND_LINK_CSS })),
  );
  app.renderer.hooks.on("content.begin", (context) => {
    const href = context.relativeURL("playground/index.html");
    const big = context.page.url === "index.html" || context.page.model?.name === "Playground";
    return JSX.createElement(
      "p",
      { class: big ? "cailiang-go cailiang-go-big" : "cailiang-go cailiang-go-phone" },
      JSX.createElement(
        "a",
        { href, "data-playground-link": "" },
        big ? "▶ 打开裁量试算 Open the playground" : "▶ 裁量试算 Playground",
      ),
      big
        ? JSX.createElement(
            "span",
            {},
            "在浏览器中填写一个案件，查看裁量阶次、罚款幅度和依据 · Fill in a case, see the outcome and the articles",
          )
        : null,
    );
  });
}

/** Styles of the playground links: a large button, or a bar shown only where the sidebar is folded away. */
const PLAYGROUND_LINK_CSS = `
.cailiang-go a { display: inline-block; background: #13315c; color: #fff !important; text-decoration: none; border-radius: 6px; font-weight: 600; }
.cailiang-go-big { margin: 0 0 1.5em; }
.cailiang-go-big a { font-size: 1.35em; padding: 0.6em 1.2em; margin-right: 0.8em; }
.cailiang-go-big span { display: inline-block; margin-top: 0.4em; color: var(--color-text-aside); }
.cailiang-go-phone a { padding: 0.35em 0.9em; }
.cailiang-go-phone { margin: 0 0 1em; }
@media (min-width: 1200px) { .cailiang-go-phone { display: none; } }
`;

/**
 * Unregisters every type-literal reflection inside a type that is being replaced.
 * @param {import("typedoc").ProjectReflection} project
 * @param {unknown} node
 * @param {Set<unknown>} [seen]
 */
function removeTypeLiterals(project, node, seen = new Set()) {
  if (!node || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (node instanceof ReflectionType) {
    project.removeReflection(node.declaration);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "_project" || key === "project") continue;
    if (Array.isArray(value)) for (const v of value) removeTypeLiterals(project, v, seen);
    else removeTypeLiterals(project, value, seen);
  }
}
