/** Law titles by law id, read from the first line of each `rules/laws/*.md` when the playground is built. */
declare module "virtual:law-titles" {
  const titles: Readonly<Record<string, string>>;
  export default titles;
}
