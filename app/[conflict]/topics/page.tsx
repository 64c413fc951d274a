import { createTagIndexRoute } from "@/components/tag-pages";

const route = createTagIndexRoute("topics");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
