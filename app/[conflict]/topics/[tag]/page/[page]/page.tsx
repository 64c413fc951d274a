import { createTagRoute } from "@/app/[conflict]/_tags/tag-route";

const route = createTagRoute("topics", true);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
