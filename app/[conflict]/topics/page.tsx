import { createTagIndexRoute } from "@/app/[conflict]/_tags/tag-index-route";

const route = createTagIndexRoute("topics");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
