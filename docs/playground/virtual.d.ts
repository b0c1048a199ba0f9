/** Law titles by law id, read from the first line of each `rules/laws/*.md` when the playground is built. */
declare module "virtual:law-titles" {
  const titles: Readonly<Record<string, string>>;
  export default titles;
}

/** The bundled editions (ids, titles, dates, data files), oldest first, from the build. */
declare module "virtual:editions" {
  const catalogue: {
    readonly editions: readonly {
      readonly id: string;
      readonly title: { zh: string; en: string };
      readonly effectiveFrom: string;
      readonly effectiveTo: string | null;
      readonly file: string;
    }[];
  };
  export default catalogue;
}
